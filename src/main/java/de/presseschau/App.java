package de.presseschau;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.ExtractionBatch;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.parse.FeedParser;
import de.presseschau.refresh.FeedListSync;
import de.presseschau.refresh.FeedOutcome;
import de.presseschau.refresh.FeedRefresher;
import de.presseschau.refresh.RefreshListener;
import de.presseschau.refresh.RefreshReport;
import de.presseschau.refresh.RefreshScheduler;
import de.presseschau.refresh.RefreshSettings;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.subscribe.FeedList;
import de.presseschau.subscribe.FeedListFile;
import de.presseschau.web.WebApp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Starts Presseschau: reads the configuration, opens the database, wires every part with {@code new} and runs the command. */
public final class App implements AutoCloseable {

    private final Config config;
    private final Database database;
    private final FeedListSync sync;
    private final FeedRefresher refresher;
    private final WebApp web;
    private RefreshScheduler scheduler;

    public App(Config config, Clock clock) {
        this.config = config;
        this.database = Database.open(config.dataDir());
        FeedStore feeds = new FeedStore(database);
        ArticleStore articles = new ArticleStore(database);
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        this.sync = new FeedListSync(new FeedListFile(config.feedsFile()), feeds, clock);
        this.refresher = new FeedRefresher(new Fetcher(HttpSettings.defaults()), new FeedParser(),
                new ArticleExtractor(sanitizer), sanitizer, feeds, articles, RefreshSettings.defaults(), clock);
        this.web = new WebApp(database, feeds, articles, sync::problems, clock);
    }

    public static void main(String[] args) {
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
        if (config.command() == Config.Command.EXTRACT) {
            System.exit(extract(Path.of(config.arguments().get(0)), Path.of(config.arguments().get(1)), System.out));
        }
        if (config.command() == Config.Command.PARSE) {
            new ParseBatch(new FeedParser(), new HtmlSanitizer()).run(config.arguments().stream().map(Path::of).toList(), System.out);
            return;
        }
        try {
            App app = new App(config, Clock.systemDefaultZone());
            if (config.command() == Config.Command.FETCH) {
                int status = app.fetchOnce(System.out);
                app.close();
                System.exit(status);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
            app.serve();
            System.out.println("Presseschau läuft: http://" + displayHost(config.host()) + ":" + app.port()
                    + "  (Feeds aus " + config.feedsFile() + ", Daten in " + config.dataDir() + ")");
        } catch (RuntimeException e) {
            System.err.println("presseschau: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Starts the web reader and the scheduled refresh (the first one right away). A missing feeds.txt stops the start. */
    public void serve() {
        sync.sync();
        web.start(config.host(), config.port());
        scheduler = new RefreshScheduler(sync, refresher, config.refreshInterval(), Duration.ofSeconds(5));
        scheduler.start();
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

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        web.stop();
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
