package de.presseschau.bench;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.model.Subscription;
import de.presseschau.parse.FeedParseException;
import de.presseschau.parse.FeedParser;
import de.presseschau.refresh.ArticleSteps;
import de.presseschau.refresh.FeedOutcome;
import de.presseschau.refresh.FeedRefresher;
import de.presseschau.refresh.RefreshListener;
import de.presseschau.refresh.RefreshReport;
import de.presseschau.refresh.RefreshSettings;
import de.presseschau.refresh.ScheduleSettings;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * {@code bench}: serves N feeds of M entries (each with its article page) from 100 loopback addresses with a fixed
 * latency, refreshes them all twice into a fresh database and prints how close the first refresh came to the floor
 * its concurrency allows, throughput, CPU in parsing and extraction, peak heap, and the second refresh's 304 share.
 */
public final class Benchmark {

    /** The settings of one run, from the command line. */
    record Options(int feeds, int entries, long latencyMillis, int concurrency, int hosts, int timelineSeconds) {
    }

    private Benchmark() {
    }

    /** Runs the benchmark; returns the exit status. */
    public static int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("presseschau bench: " + e.getMessage());
            System.err.println("Aufruf: bench [--feeds N] [--entries M] [--latency MS] [--concurrency C] [--hosts H] "
                    + "[--timeline S]");
            return 2;
        }
        try {
            measure(options, out);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("presseschau bench: " + e.getMessage());
            return 1;
        }
    }

    static Options parse(String[] args) {
        int feeds = 1000;
        int entries = 20;
        long latency = 100;
        int concurrency = 64;
        int hosts = 100;
        int timeline = 0;
        for (Map.Entry<String, String> option : OptionPairs.of(args).entrySet()) {
            String name = option.getKey();
            int value = OptionPairs.number(name, option.getValue(),
                    name.equals("--latency") || name.equals("--timeline") ? 0 : 1);
            switch (name) {
                case "--feeds" -> feeds = value;
                case "--entries" -> entries = value;
                case "--latency" -> latency = value;
                case "--concurrency" -> concurrency = value;
                case "--hosts" -> hosts = Math.min(value, 250);
                case "--timeline" -> timeline = value;
                default -> throw new IllegalArgumentException("Unbekannte Option " + name);
            }
        }
        return new Options(feeds, entries, latency, concurrency, hosts, timeline);
    }

    private static void measure(Options options, PrintStream out) throws IOException {
        Path dataDir = Files.createTempDirectory("presseschau-bench");
        Clock clock = Clock.systemUTC();
        BenchContent content = new BenchContent(options.entries(), clock.instant());
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        int perHost = RefreshSettings.DEFAULT_PER_HOST;
        try (BenchServer server = new BenchServer(options.hosts(), content, options.latencyMillis());
             Database database = Database.open(dataDir)) {
            FeedStore feeds = new FeedStore(database);
            ArticleStore articles = new ArticleStore(database);
            List<Subscription> subscriptions = new ArrayList<>();
            for (int i = 0; i < options.feeds(); i++) {
                subscriptions.add(new Subscription(server.base(i % options.hosts()) + "/feed/" + i + ".xml",
                        null, "Bench", i + 1));
            }
            feeds.sync(subscriptions, clock.instant());
            FeedRefresher refresher = new FeedRefresher(new Fetcher(HttpSettings.defaults(), clock),
                    // The benchmark serves its article pages from loopback addresses.
                    AddressPolicy.publicAndLoopback(), new FeedParser(),
                    new ArticleExtractor(sanitizer), sanitizer, feeds, articles,
                    // Every entry's page in the first refresh, as the issue asks; the reader keeps its cap per run.
                    new RefreshSettings(options.concurrency(), options.concurrency(), perHost,
                            Math.max(RefreshSettings.DEFAULT_MAX_PAGES_PER_RUN, options.feeds() * options.entries())),
                    ScheduleSettings.defaults(), new SplittableRandom(), clock, ArticleSteps.NONE);

            out.printf(Locale.ROOT, "bench: %d feeds x %d entries on %d loopback hosts, latency %d ms, concurrency %d (max %d per host)%n",
                    options.feeds(), options.entries(), options.hosts(), options.latencyMillis(), options.concurrency(), perHost);
            System.gc();
            resetPeakHeap();
            CpuAccount account = new CpuAccount();
            LiveHeap liveHeap = new LiveHeap();
            ThreadCpu threadCpu = new ThreadCpu(THREAD_ROLES);
            account.start();
            FeedsDone feedsDone = new FeedsDone();
            RefreshReport first;
            // No timeline (null) unless asked for one.
            try (Timeline timeline = options.timelineSeconds() > 0
                    ? new Timeline(server, out, options.timelineSeconds()) : null) {
                first = refresher.refresh(feeds.findSubscribed(), feedsDone);
            }
            Map<String, Long> byThread = threadCpu.stop();
            CpuAccount.Split split = account.stop(byThread.getOrDefault(BenchServer.THREAD, 0L));
            threadCpu.close();
            liveHeap.close();
            long cpuFirst = split.processNanos();
            long peakHeap = peakHeap();
            int feedRequests = server.feedRequests.get();
            int pageRequests = server.pageRequests.get();
            int slots = Math.min(options.concurrency(), options.hosts() * perHost);
            double floorSeconds = (ceilDiv(feedRequests, slots) + ceilDiv(pageRequests, slots)) * options.latencyMillis() / 1000.0;
            double firstSeconds = first.took().toMillis() / 1000.0;
            int stored = articles.countAll();

            server.feedRequests.set(0);
            server.pageRequests.set(0);
            server.notModified.set(0);
            RefreshReport second = refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);
            double share = server.feedRequests.get() == 0 ? 0 : 100.0 * server.notModified.get() / server.feedRequests.get();

            CpuSplit cpu = cpuInParsingAndExtraction(content, options, sanitizer);
            out.printf(Locale.ROOT, "first refresh:  %.2f s wall for %d requests (%d feeds, %d pages); floor %.2f s "
                            + "(requests / %d slots x %d ms) -> %.2fx the floor%n",
                    firstSeconds, feedRequests + pageRequests, feedRequests, pageRequests, floorSeconds, slots,
                    options.latencyMillis(), firstSeconds / floorSeconds);
            double feedSeconds = (feedsDone.at - feedsDone.start) / 1e9;
            out.printf(Locale.ROOT, "                last feed done after %.2f s (feeds alone: floor %.2f s), then only pages for %.2f s "
                            + "(pages alone: floor %.2f s; they start with the first feed)%n",
                    feedSeconds, ceilDiv(feedRequests, slots) * options.latencyMillis() / 1000.0, firstSeconds - feedSeconds,
                    ceilDiv(pageRequests, slots) * options.latencyMillis() / 1000.0);
            out.printf(Locale.ROOT, "                %d entries stored (%d articles, %d extracted, %d failed feeds): %.0f entries/s%n",
                    first.newArticles(), stored, first.extracted(), first.failures().size(), first.newArticles() / firstSeconds);
            out.printf(Locale.ROOT, "                process CPU %.2f s; parsing %.2f s CPU (%d feeds), extraction %.2f s CPU (%d pages), "
                            + "measured again on the bench thread%n",
                    cpuFirst / 1e9, cpu.parseNanos() / 1e9, cpu.feeds(), cpu.extractNanos() / 1e9, cpu.pages());
            int requests = Math.max(1, feedRequests + pageRequests);
            out.printf(Locale.ROOT, "                of the process CPU: bench server %.2f s, JIT compilation %.2f s, GC %.2f s, "
                            + "the reader's threads the rest: %.2f s = %.2f ms per request%n",
                    split.serverNanos() / 1e9, split.compileNanos() / 1e9, split.gcNanos() / 1e9, split.readerNanos() / 1e9,
                    split.readerNanos() / 1e6 / requests);
            out.printf(Locale.ROOT, "                the reader's threads, ms CPU per request: feed workers (fetch, parse, prepare) %.2f, "
                            + "page workers (fetch, extract, sanitize) %.2f, writer (every database write) %.2f, "
                            + "HTTP client %.2f, refresh thread %.2f%n",
                    perRequest(byThread, "refresh-feed", requests), perRequest(byThread, "refresh-page", requests),
                    perRequest(byThread, "refresh-writer", requests), perRequest(byThread, "HttpClient", requests),
                    perRequest(byThread, "main", requests));
            out.printf(Locale.ROOT, "                peak heap %.1f MB (max heap %.0f MB), at most %.1f MB in use after a GC%n",
                    peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, liveHeap.peakAfterGc() / 1048576.0);
            out.printf(Locale.ROOT, "second refresh: %.2f s wall, %d of %d feed requests answered 304 (%.1f%%), %d pages fetched, %d new articles%n",
                    second.took().toMillis() / 1000.0, server.notModified.get(), server.feedRequests.get(), share,
                    server.pageRequests.get(), second.newArticles());
            out.printf(Locale.ROOT, "{\"feeds\":%d,\"entries\":%d,\"latencyMs\":%d,\"concurrency\":%d,\"firstS\":%.2f,\"floorS\":%.2f,"
                            + "\"ratio\":%.2f,\"entriesPerS\":%.0f,\"parseCpuS\":%.2f,\"extractCpuS\":%.2f,\"peakHeapMb\":%.1f,"
                            + "\"secondS\":%.2f,\"notModifiedPct\":%.1f,\"processCpuS\":%.2f,\"serverCpuS\":%.2f,\"compileS\":%.2f,"
                            + "\"gcS\":%.2f,\"readerCpuMsPerRequest\":%.2f,\"feedWorkerMsPerRequest\":%.2f,"
                            + "\"pageWorkerMsPerRequest\":%.2f,\"writerMsPerRequest\":%.2f,\"liveHeapMb\":%.1f}%n",
                    options.feeds(), options.entries(), options.latencyMillis(), options.concurrency(), firstSeconds,
                    floorSeconds, firstSeconds / floorSeconds, first.newArticles() / firstSeconds, cpu.parseNanos() / 1e9,
                    cpu.extractNanos() / 1e9, peakHeap / 1048576.0, second.took().toMillis() / 1000.0, share,
                    cpuFirst / 1e9, split.serverNanos() / 1e9, split.compileNanos() / 1e9, split.gcNanos() / 1e9,
                    split.readerNanos() / 1e6 / requests, perRequest(byThread, "refresh-feed", requests),
                    perRequest(byThread, "refresh-page", requests), perRequest(byThread, "refresh-writer", requests),
                    liveHeap.peakAfterGc() / 1048576.0);
        } finally {
            deleteTree(dataDir);
        }
    }

    /**
     * The threads by role: the reader's (the refresh's feed and page workers and its one database writer, named so in
     * refresh/, the JDK's HTTP client, and the thread that runs the refresh, this benchmark's main thread), then the
     * bench server's one thread.
     */
    private static final List<String> THREAD_ROLES = List.of("refresh-feed", "refresh-page", "refresh-writer",
            "HttpClient", "main", BenchServer.THREAD);

    private static double perRequest(Map<String, Long> byThread, String role, int requests) {
        return byThread.getOrDefault(role, 0L) / 1e6 / requests;
    }

    /** Notes when the last feed of a refresh is done; pages are fetched from the first feed on, and after it only pages. */
    private static final class FeedsDone implements RefreshListener {
        final long start = System.nanoTime();
        volatile long at = start;

        @Override
        public void feedDone(FeedOutcome outcome, int done, int total) {
            if (done == total) {
                at = System.nanoTime();
            }
        }
    }

    /** CPU spent parsing every feed and extracting every page once more, on this one thread. */
    record CpuSplit(long parseNanos, int feeds, long extractNanos, int pages) {
    }

    private static CpuSplit cpuInParsingAndExtraction(BenchContent content, Options options, HtmlSanitizer sanitizer) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        FeedParser parser = new FeedParser();
        ArticleExtractor extractor = new ArticleExtractor(sanitizer);
        String base = "http://127.0.0.2:80";
        long start = threads.getCurrentThreadCpuTime();
        for (int feed = 0; feed < options.feeds(); feed++) {
            try {
                parser.parse(content.feed(feed, base).getBytes(StandardCharsets.UTF_8), "utf-8", base + "/feed/" + feed + ".xml");
            } catch (FeedParseException e) {
                throw new IllegalStateException("The benchmark's own feed did not parse", e);
            }
        }
        long parsed = threads.getCurrentThreadCpuTime() - start;
        int pages = 0;
        start = threads.getCurrentThreadCpuTime();
        for (int feed = 0; feed < options.feeds(); feed++) {
            for (int entry = 0; entry < options.entries(); entry++) {
                extractor.extract(content.page(feed, entry).getBytes(StandardCharsets.UTF_8), "utf-8",
                        base + "/article/" + feed + "-" + entry + ".html");
                pages++;
            }
        }
        return new CpuSplit(parsed, options.feeds(), threads.getCurrentThreadCpuTime() - start, pages);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + dir, e);
        }
    }
}
