package de.presseschau;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.ExtractionBatch;
import de.presseschau.extract.ExtractionBenchmark;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.parse.FeedParser;
import de.presseschau.refresh.ArticleSteps;
import de.presseschau.refresh.FeedListSync;
import de.presseschau.refresh.FeedOutcome;
import de.presseschau.refresh.FeedRefresher;
import de.presseschau.refresh.Reextractor;
import de.presseschau.refresh.RefreshListener;
import de.presseschau.refresh.RefreshReport;
import de.presseschau.refresh.RefreshRequests;
import de.presseschau.refresh.RefreshScheduler;
import de.presseschau.refresh.RefreshSettings;
import de.presseschau.refresh.Retention;
import de.presseschau.refresh.RetentionSettings;
import de.presseschau.refresh.ScheduleSettings;
import de.presseschau.bench.Benchmark;
import de.presseschau.bench.LoadBenchmark;
import de.presseschau.refresh.SearchIndexing;
import de.presseschau.refresh.FetchLogging;
import de.presseschau.store.FetchLogStore;
import de.presseschau.refresh.SectionUpdater;
import de.presseschau.refresh.StoryUpdater;
import de.presseschau.search.SearchIndex;
import de.presseschau.store.SearchSource;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.RetentionStore;
import de.presseschau.store.SectionStore;
import de.presseschau.store.StoryStore;
import de.presseschau.subscribe.FeedList;
import de.presseschau.subscribe.FeedListFile;
import de.presseschau.store.SettingStore;
import de.presseschau.web.Access;
import de.presseschau.web.Credentials;
import de.presseschau.topics.GermanAnalysis;
import de.presseschau.topics.SectionNames;
import de.presseschau.topics.SectionSignals;
import de.presseschau.topics.StoryBenchmark;
import de.presseschau.topics.StoryEvaluation;
import de.presseschau.topics.StoryGrouper;
import de.presseschau.topics.TopicEvaluation;
import de.presseschau.web.WebApp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.time.Instant;
import java.time.ZoneId;

/** Starts Presseschau: reads the configuration, opens the database, wires every part with {@code new} and runs the command. */
public final class App implements AutoCloseable {

    /** A "refresh now" for the same feed (or for all) is taken at most once a minute. */
    private static final Duration REFRESH_COOLDOWN = Duration.ofMinutes(1);

    /** How often the scheduler looks for due feeds and for changes to feeds.txt. */
    private static final Duration SCHEDULER_TICK = Duration.ofSeconds(5);

    private final Config config;
    private final Database database;
    private final FeedListSync sync;
    private final FeedStore feeds;
    private final FeedRefresher refresher;
    private final RefreshRequests refreshRequests;
    private final Clock clock;
    private final Reextractor reextractor;
    private final WebApp web;
    private final Credentials credentials;
    private final SearchIndex search;
    private final String localToken = RunningInstance.newToken();
    private boolean isPublished;
    private RefreshScheduler scheduler;

    public App(Config config, Clock clock) {
        this.config = config;
        this.database = Database.open(config.dataDir());
        this.clock = clock;
        this.feeds = new FeedStore(database);
        ArticleStore articles = new ArticleStore(database);
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        Fetcher fetcher = new Fetcher(HttpSettings.defaults(), clock);
        ArticleExtractor extractor = new ArticleExtractor(sanitizer);
        this.sync = new FeedListSync(new FeedListFile(config.feedsFile()), feeds, clock);
        RefreshSettings defaults = RefreshSettings.defaults();
        // Beside the database, rebuilt from it at start when missing; indexed at the end of every refresh.
        this.search = SearchIndex.open(config.dataDir().resolve("search"), new SearchSource(database));
        SectionUpdater sections = new SectionUpdater(new SectionStore(database), new SectionSignals(new SectionNames()),
                new GermanAnalysis());
        Retention retention = new Retention(new RetentionStore(database),
                new RetentionSettings(Duration.ofDays(config.keepDays()), config.keepPerFeed()), clock);
        // Article pages come from feed content: only public addresses, unless the owner allows more.
        AddressPolicy pages = config.allowPrivate() ? AddressPolicy.anyAddress() : AddressPolicy.publicOnly();
        this.refresher = new FeedRefresher(fetcher, pages, new FeedParser(), extractor, sanitizer, feeds, articles,
                new RefreshSettings(defaults.feedConcurrency(), defaults.pageConcurrency(), config.perHost()),
                new ScheduleSettings(config.minInterval(), config.maxInterval(), config.refreshInterval(), Duration.ofHours(24)),
                new SplittableRandom(), clock, ArticleSteps.inOrder(new SearchIndexing(search), sections, retention,
                        new FetchLogging(new FetchLogStore(database)),
                        new StoryUpdater(new StoryStore(database), new StoryGrouper(new GermanAnalysis(), StoryUpdater.WINDOW), clock)));
        this.reextractor = new Reextractor(fetcher, pages, extractor, articles);
        this.refreshRequests = new RefreshRequests(feeds, clock, REFRESH_COOLDOWN);
        this.credentials = new Credentials(config.password(), new SettingStore(database));
        this.web = new WebApp(database, feeds, articles, sync::problems, refreshRequests, id -> {
                    String unchanged = reextractor.reextract(id);
                    search.update(List.of(id));
                    return unchanged;
                }, new Access(credentials, config.apiToken(), localToken), clock, search);
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench")) {
            // The benchmark has flags of its own (--feeds N means a number of feeds there).
            System.exit(Benchmark.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals("load-bench")) {
            System.exit(LoadBenchmark.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        Config config;
        try {
            config = Config.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("presseschau: " + e.getMessage());
            System.err.println("Hilfe: java -jar target/presseschau.jar --help");
            System.exit(2);
            return;
        }
        if (config.command() == Config.Command.HELP) {
            System.out.print(Config.USAGE);
            return;
        }
        if (config.command() == Config.Command.BACKUP) {
            System.exit(backup(config, Path.of(config.arguments().get(0)), System.out));
        }
        if (config.command() == Config.Command.EXTRACT) {
            System.exit(extract(Path.of(config.arguments().get(0)), Path.of(config.arguments().get(1)), System.out));
        }
        if (config.command() == Config.Command.EXTRACT_BENCH) {
            System.exit(extractBench(Path.of(config.arguments().isEmpty() ? "../shared/corpus" : config.arguments().get(0)),
                    System.out));
        }
        if (config.command() == Config.Command.TOPIC_EVAL) {
            long seed = config.arguments().size() > 1 ? Long.parseLong(config.arguments().get(1)) : TopicEvaluation.DEFAULT_SEED;
            System.exit(topicEval(Path.of(config.arguments().get(0)), seed, System.out));
        }
        if (config.command() == Config.Command.STORY_EVAL) {
            System.exit(storyEval(Path.of(config.arguments().get(0)), System.out));
        }
        if (config.command() == Config.Command.EXPORT_OPML) {
            System.exit(new OpmlCommands(config.feedsFile()).export(
                    config.arguments().isEmpty() ? null : Path.of(config.arguments().get(0)), System.out, System.err));
        }
        if (config.command() == Config.Command.IMPORT_OPML) {
            System.exit(new OpmlCommands(config.feedsFile()).importFile(Path.of(config.arguments().get(0)), System.out,
                    System.err));
        }
        if (config.command() == Config.Command.STORY_BENCH) {
            System.exit(storyBench(config.arguments().stream().map(Path::of).toList(), System.out));
        }
        if (config.command() == Config.Command.PARSE) {
            new ParseBatch(new FeedParser(), new HtmlSanitizer()).run(config.arguments().stream().map(Path::of).toList(), System.out);
            return;
        }
        try {
            App app = new App(config, Clock.systemDefaultZone());
            if (config.command() == Config.Command.REEXTRACT) {
                int status = app.reextract(System.out);
                app.close();
                System.exit(status);
            }
            if (config.command() == Config.Command.FETCH) {
                int status = app.fetchOnce(System.out);
                app.close();
                System.exit(status);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
            app.serve();
            System.out.println("Presseschau läuft: http://" + displayHost(app.host()) + ":" + app.port()
                    + "  (Feeds aus " + config.feedsFile() + ", Daten in " + config.dataDir() + ")");
            if (!app.credentials.isPasswordSet()) {
                System.out.println("Kein Passwort gesetzt: der Leser ist nur auf diesem Rechner erreichbar (127.0.0.1). "
                        + "Ein Passwort setzen: PRESSESCHAU_PASSWORD, --password-file oder die Seite /konto.");
            }
        } catch (RuntimeException e) {
            System.err.println("presseschau: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Starts the web reader and the scheduled refresh (the first one right away). A missing feeds.txt stops the start. */
    public void serve() {
        sync.sync();
        web.start(host(), config.port());
        new RunningInstance(web.port(), localToken).publish(config.dataDir());
        isPublished = true;
        scheduler = new RefreshScheduler(sync, feeds, refresher, clock, SCHEDULER_TICK);
        refreshRequests.onRequest(scheduler::wakeUp);
        scheduler.start();
    }

    /** The configured address, but only this machine while no password protects the reader. */
    String host() {
        return credentials.isPasswordSet() ? config.host() : "127.0.0.1";
    }

    public int port() {
        return web.port();
    }

    /** Refreshes every feed once, printing progress and a summary. Returns the exit status: 1 if every feed failed. */
    public int fetchOnce(PrintStream out) {
        FeedList list = sync.sync();
        list.problems().forEach(problem -> out.println("Übersprungen: " + problem));
        var feeds = sync.subscribed();
        out.println("Rufe " + feeds.size() + " Feeds ab …");
        RefreshReport report = refresher.refresh(feeds, new ConsoleProgress(out));
        out.println();
        out.printf("Fertig in %d s: %d Feeds in Ordnung, %d fehlgeschlagen, %d neue Artikel "
                        + "(%d aus der Artikelseite, %d aus dem Feed, %d ohne Text).%n",
                report.took().toSeconds(), report.feedsOk(), report.failures().size(), report.newArticles(),
                report.extracted(), report.fromFeed(), report.failedArticles());
        for (FeedOutcome failure : report.failures()) {
            out.println("  Fehler: " + failure.feed().url() + " – " + failure.error());
        }
        return !feeds.isEmpty() && report.feedsOk() == 0 ? 1 : 0;
    }

    /**
     * Writes a backup zip. A reader running on the same data directory holds the database, so it is asked to
     * write it; otherwise the database is opened here.
     */
    static int backup(Config config, Path file, PrintStream out) {
        try {
            Optional<RunningInstance> running = RunningInstance.find(config.dataDir());
            if (running.isPresent() && BackupClient.download(running.get(), file)) {
                out.println("Sicherung vom laufenden Leser geschrieben: " + file);
                return 0;
            }
            try (Database database = Database.open(config.dataDir())) {
                database.backupTo(file);
            }
            out.println("Sicherung geschrieben: " + file);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("presseschau: Sicherung fehlgeschlagen: " + e.getMessage());
            return 1;
        }
    }

    /** Extracts stored articles again (of one feed, since a day, as configured), printing progress and a summary. */
    public int reextract(PrintStream out) {
        Instant since = config.reextractSince() == null ? null
                : config.reextractSince().atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
        out.println("Extrahiere gespeicherte Artikel neu …");
        Reextractor.Report report = reextractor.reextract(config.reextractFeed(), since, done -> {
            if (done % 10 == 0) {
                out.printf("Artikelseiten: %d%n", done);
            }
        });
        out.printf("Fertig: %d Artikel neu extrahiert, %d unverändert gelassen.%n", report.replaced(), report.unchanged());
        if (report.replaced() > 0) {
            // Bodies changed across many articles: one rebuild is simpler than tracking each.
            search.rebuild();
        }
        return 0;
    }

    /** Extracts every page of a directory as the reader would and prints the figures; needs no database. */
    static int extract(Path htmlDir, Path outDir, PrintStream out) {
        try {
            ExtractionBatch.Result result = new ExtractionBatch(new ArticleExtractor(new HtmlSanitizer())).run(htmlDir, outDir);
            out.println(result.toJson());
            return 0;
        } catch (IOException e) {
            System.err.println("presseschau: " + e.getMessage());
            return 1;
        }
    }

    /** Measures the extractor on the shared corpora and prints the scores beside the baselines; needs no database. */
    static int extractBench(Path corpusDir, PrintStream out) {
        try {
            new ExtractionBenchmark(new ArticleExtractor(new HtmlSanitizer())).run(corpusDir, out);
            return 0;
        } catch (IOException e) {
            System.err.println("presseschau: " + e.getMessage());
            return 1;
        }
    }

    /** Cross-validates the section classifier on a labelled file and prints the figures; needs no database. */
    static int topicEval(Path file, long seed, PrintStream out) {
        try {
            new TopicEvaluation(new GermanAnalysis(), seed).run(file, out);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("presseschau: " + e.getMessage());
            return 1;
        }
    }

    /** Scores article pairs with the story similarity and prints the figures; needs no database. */
    static int storyEval(Path file, PrintStream out) {
        try {
            new StoryEvaluation(new GermanAnalysis()).run(file, out);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("presseschau: " + e.getMessage());
            return 1;
        }
    }

    static int storyBench(List<Path> files, PrintStream out) {
        try {
            new StoryBenchmark(new GermanAnalysis()).run(files.get(0), files.subList(1, files.size()), out);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("presseschau: " + e.getMessage());
            return 1;
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        if (isPublished) {
            RunningInstance.remove(config.dataDir());
        }
        web.stop();
        search.close();
        database.close();
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
    }

    /** Prints one line per feed and a running count of article pages. */
    private record ConsoleProgress(PrintStream out) implements RefreshListener {

        @Override
        public void feedDone(FeedOutcome outcome, int done, int total) {
            String what = switch (outcome.kind()) {
                case FETCHED -> "ok, " + outcome.newArticles() + " neue Artikel";
                case NOT_MODIFIED -> "unverändert";
                case FAILED -> "FEHLER: " + outcome.error();
            };
            out.printf("[%d/%d] %s – %s%n", done, total, outcome.feed().displayTitle(), what);
        }

        @Override
        public void articlesDone(int done, int total) {
            if (done == total || done % 10 == 0) {
                out.printf("Artikelseiten: %d/%d%n", done, total);
            }
        }
    }
}
