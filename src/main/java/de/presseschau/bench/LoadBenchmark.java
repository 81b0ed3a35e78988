package de.presseschau.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code load-bench}: fills a database with many articles, starts the real reader on it in a child JVM with a bounded
 * heap, and drives the front page, a topic page, the reading view and the search with concurrent clients, each for a
 * fixed time, with the stylesheet as the ceiling; prints requests/s, p50/p99 latency, errors, the reader's peak heap
 * and its start-up time to the first page.
 */
public final class LoadBenchmark {

    /**
     * The settings of one run. {@code dataDir} null: a fresh temporary directory, removed afterwards; else kept and,
     * once filled, used again as it is.
     */
    record Options(int articles, int feeds, int seconds, int warmUpSeconds, int clients, String heap, Path dataDir,
                   Set<String> only, String client) {
    }

    /** The load generators {@code --client} names; without it, wrk when it is installed, else the Java client. */
    static final List<String> CLIENTS = List.of("wrk", "java");

    /** Compilations per second of a warm-up round below which the reader counts as warmed up. */
    private static final double SETTLED_COMPILATIONS_PER_S = 5;

    /** The endpoints' short names for {@code --only}, in the order they are driven. */
    static final List<String> ENDPOINTS = List.of("front", "topic", "article", "search", "static");

    private static final String USAGE = "Aufruf: load-bench [--articles N] [--feeds F] [--seconds S] [--warm-up W] "
            + "[--clients C] [--heap 256m] [--data VERZEICHNIS] [--only " + String.join(",", ENDPOINTS) + "] [--client wrk|java]";

    private LoadBenchmark() {
    }

    /** Runs the benchmark; returns the exit status (1 also when a request failed). */
    public static int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("presseschau load-bench: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try {
            return measure(options, out) ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("presseschau load-bench: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    static Options parse(String[] args) {
        int articles = 200_000;
        int feeds = 500;
        int seconds = 10;
        int warmUp = 300;
        int clients = 8;
        String heap = "256m";
        Path dataDir = null;
        Set<String> only = new LinkedHashSet<>(ENDPOINTS);
        String client = null;
        for (Map.Entry<String, String> option : OptionPairs.of(args).entrySet()) {
            String name = option.getKey();
            String value = option.getValue();
            switch (name) {
                case "--articles" -> articles = OptionPairs.number(name, value, 1);
                case "--feeds" -> feeds = OptionPairs.number(name, value, 1);
                case "--seconds" -> seconds = OptionPairs.number(name, value, 1);
                case "--warm-up" -> warmUp = OptionPairs.number(name, value, 0);
                case "--clients" -> clients = OptionPairs.number(name, value, 1);
                case "--heap" -> {
                    if (!value.matches("\\d+[mMgG]")) {
                        throw new IllegalArgumentException("Ungültige Heap-Größe " + value + " (z. B. 256m)");
                    }
                    heap = value;
                }
                case "--data" -> dataDir = Path.of(value);
                case "--only" -> only = endpoints(value);
                case "--client" -> {
                    if (!CLIENTS.contains(value)) {
                        throw new IllegalArgumentException("Unbekannter Lastgenerator " + value + " (bekannt: wrk, java)");
                    }
                    client = value;
                }
                default -> throw new IllegalArgumentException("Unbekannte Option " + name);
            }
        }
        if (feeds < NewsText.TOPICS.size()) {
            throw new IllegalArgumentException("Mindestens " + NewsText.TOPICS.size() + " Feeds, einer je Thema");
        }
        return new Options(articles, feeds, seconds, warmUp, clients, heap, dataDir, only, client);
    }

    /** A comma-separated choice among {@link #ENDPOINTS}. */
    private static Set<String> endpoints(String value) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            if (!ENDPOINTS.contains(name.strip())) {
                throw new IllegalArgumentException("Unbekannter Endpunkt " + name.strip() + " (bekannt: "
                        + String.join(", ", ENDPOINTS) + ")");
            }
            chosen.add(name.strip());
        }
        return chosen;
    }

    private static boolean measure(Options options, PrintStream out) throws IOException, InterruptedException {
        Path dataDir = options.dataDir() != null ? options.dataDir() : Files.createTempDirectory("presseschau-load");
        try {
            LoadFill.Filled filled = fillOrReuse(dataDir, options, out);
            LoadFill.settle(dataDir, Instant.now());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            try (ServerProcess server = ServerProcess.start(dataDir, filled.feedsFile(), options.heap())) {
                Duration startUp = server.awaitFirstPage(client, Duration.ofMinutes(3));
                out.printf(Locale.ROOT, "reader started (-Xmx%s, child JVM): first page served after %d ms%n",
                        options.heap(), startUp.toMillis());
                Duration startUpWork = server.awaitIdle(Duration.ofMinutes(3));
                out.printf(Locale.ROOT, "reader idle after its start-up work (refresh, sections, stories) %d ms later%n",
                        startUpWork.toMillis());
                LoadDriver load = driver(options, client);
                List<Measured> figures = drive(server, load, options, filled, out);
                ServerProcess.Heap heap = server.heap();
                out.printf(Locale.ROOT, "reader heap (its GC log, %d collections): peak in use %.0f MB, most live after a "
                                + "collection %.0f MB, committed at most %.0f MB of %s%s%n", heap.collections(),
                        heap.peakUsedMb(), heap.peakLiveMb(), heap.committedMb(), options.heap(),
                        heap.ranOutOfMemory() ? "; OUT OF MEMORY" : "");
                out.println(json(options, load.name(), filled, startUp, figures, heap));
                return figures.stream().allMatch(f -> f.figures().errors() == 0) && !heap.ranOutOfMemory();
            }
        } finally {
            if (options.dataDir() == null) {
                deleteTree(dataDir);
            }
        }
    }

    private static LoadFill.Filled fillOrReuse(Path dataDir, Options options, PrintStream out) throws IOException {
        if (Files.exists(dataDir.resolve("presseschau.mv.db")) && Files.exists(dataDir.resolve("feeds.txt"))) {
            LoadFill.Filled filled = LoadFill.Filled.of(dataDir);
            out.printf(Locale.ROOT, "load-bench: the database in %s as it is: %d articles over %d feeds%n", dataDir,
                    filled.articles(), filled.feeds());
            return filled;
        }
        long start = System.nanoTime();
        LoadFill.Filled filled = LoadFill.fill(dataDir, options.articles(), options.feeds(), Instant.now());
        out.printf(Locale.ROOT, "filled %s: %d articles over %d feeds and %d topics, search index built, in %.1f s "
                        + "(database %.0f MB)%n", dataDir, filled.articles(), filled.feeds(), NewsText.TOPICS.size(),
                (System.nanoTime() - start) / 1e9, Files.size(dataDir.resolve("presseschau.mv.db")) / 1048576.0);
        return filled;
    }

    private static List<Measured> drive(ServerProcess server, LoadDriver load, Options options,
                                                  LoadFill.Filled filled, PrintStream out) throws InterruptedException {
        List<String> topics = NewsText.TOPICS.stream().map(NewsText.Topic::name).toList();
        long first = filled.firstArticleId();
        long span = Math.max(1, filled.lastArticleId() - first + 1);
        List<Endpoint> endpoints = Stream.of(
                new Endpoint("front", "front page /", random -> server.uri("/")),
                new Endpoint("topic", "topic page /topic/{name}", random -> server.uri("/topic/"
                        + encode(topics.get(random.nextInt(topics.size()))).replace("+", "%20"))),
                new Endpoint("article", "reading view /article/{id}", random -> server.uri("/article/"
                        + (first + random.nextLong(span)))),
                new Endpoint("search", "search /search?q=", random -> server.uri("/search?q="
                        + encode(NewsText.QUERIES.get(random.nextInt(NewsText.QUERIES.size()))))),
                new Endpoint("static", "static /public/style.css", random -> server.uri("/public/style.css")))
                .filter(endpoint -> options.only().contains(endpoint.key()))
                .toList();
        SplittableRandom draws = new SplittableRandom();
        Duration warmedUp = warmUp(server, load, endpoints, options, draws, out);
        out.printf(Locale.ROOT, "%d clients (%s), %d s per endpoint (after %.0f s of warm-up):%n", options.clients(),
                load.name(), options.seconds(), warmedUp.toMillis() / 1000.0);
        List<Measured> figures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Duration cpuBefore = server.cpuTime();
            long compiledBefore = server.compiledMethods();
            LoadDriver.Figures f = load.drive(endpoint.name(), Duration.ofSeconds(options.seconds()), endpoint.target(),
                    draws.split());
            double cpuMs = server.cpuTime().minus(cpuBefore).toNanos() / 1e6 / Math.max(1, f.requests());
            figures.add(new Measured(f, cpuMs, server.compiledMethods() - compiledBefore));
            out.printf(Locale.ROOT, "  %-30s %8.0f req/s   p50 %7.2f ms   p99 %7.2f ms   %d requests, %d errors, "
                            + "reader CPU %.2f ms per request%s%n",
                    f.name(), f.perSecond(), f.p50Ms(), f.p99Ms(), f.requests(), f.errors(), cpuMs,
                    f.firstError() == null ? "" : " (first: " + f.firstError() + ")");
        }
        out.printf(Locale.ROOT, "methods the reader's JIT compiled while measured: %s%n", figures.stream()
                .map(m -> m.figures().name().split(" ")[0] + " " + m.compiledMethods()).collect(Collectors.joining(", ")));
        return figures;
    }

    /**
     * Drives every endpoint in rounds, not counted, until the reader's JIT compilers have little left to do: fewer
     * than {@link #SETTLED_COMPILATIONS_PER_S} methods compiled per second of a round, or {@code --warm-up} seconds.
     * Until then the compilers take CPU time from the pages and code not yet compiled runs slowly, so a fixed short
     * warm-up measured the first minute after a start rather than the pages of a reader that has been running.
     */
    private static Duration warmUp(ServerProcess server, LoadDriver load, List<Endpoint> endpoints, Options options,
                                   SplittableRandom draws, PrintStream out) throws InterruptedException {
        Duration perEndpoint = Duration.ofMillis(Math.max(500, options.seconds() * 1_000L / 4));
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(options.warmUpSeconds()).toNanos();
        for (int round = 1; ; round++) {
            long roundStart = System.nanoTime();
            long compiledBefore = server.compiledMethods();
            List<String> endpointFigures = new ArrayList<>();
            for (Endpoint endpoint : endpoints) {
                LoadDriver.Figures f = load.drive(endpoint.name(), perEndpoint, endpoint.target(), draws.split());
                endpointFigures.add(String.format(Locale.ROOT, "%s %.0f req/s p99 %.0f ms", endpoint.key(),
                        f.perSecond(), f.p99Ms()));
            }
            long compiled = server.compiledMethods() - compiledBefore;
            double perSecond = compiled / ((System.nanoTime() - roundStart) / 1e9);
            out.printf(Locale.ROOT, "warm-up round %d: %d methods compiled (%.0f/s); %s%n", round, compiled, perSecond,
                    String.join(", ", endpointFigures));
            if (perSecond < SETTLED_COMPILATIONS_PER_S || System.nanoTime() >= deadline) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
        }
    }

    /** wrk when asked for or, unasked, when installed; the Java client otherwise. */
    private static LoadDriver driver(Options options, HttpClient client) {
        String wrk = WrkClient.find();
        if ("wrk".equals(options.client()) && wrk == null) {
            throw new IllegalStateException("wrk ist nicht installiert (Debian: apt-get install wrk)");
        }
        return wrk != null && !"java".equals(options.client()) ? new WrkClient(wrk, options.clients())
                : new LoadClient(client, options.clients());
    }

    /**
     * An endpoint's figures and the reader's CPU time per request while it was driven (all its threads): the figure
     * least moved by other work on the machine, which stretches the latencies.
     */
    private record Measured(LoadDriver.Figures figures, double cpuMsPerRequest, long compiledMethods) {
    }

    /** One endpoint to drive: its short name for {@code --only}, its name and how a client picks the next URI. */
    private record Endpoint(String key, String name, Function<SplittableRandom, URI> target) {
    }

    private static String json(Options options, String client, LoadFill.Filled filled, Duration startUp, List<Measured> figures, ServerProcess.Heap heap) {
        StringBuilder json = new StringBuilder();
        json.append(String.format(Locale.ROOT, "{\"articles\":%d,\"feeds\":%d,\"clients\":%d,\"seconds\":%d,\"heap\":\"%s\","
                        + "\"startUpMs\":%d,\"peakHeapMb\":%.0f,\"peakLiveHeapMb\":%.0f,\"client\":\"%s\",\"endpoints\":[",
                filled.articles(), filled.feeds(), options.clients(), options.seconds(), options.heap(),
                startUp.toMillis(), heap.peakUsedMb(), heap.peakLiveMb(), client));
        for (int i = 0; i < figures.size(); i++) {
            LoadDriver.Figures f = figures.get(i).figures();
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"name\":\"%s\",\"requestsPerS\":%.0f,\"p50Ms\":%.2f,\"p99Ms\":%.2f,\"requests\":%d,\"errors\":%d,"
                            + "\"cpuMsPerRequest\":%.2f,\"compiledMethods\":%d}",
                    f.name(), f.perSecond(), f.p50Ms(), f.p99Ms(), f.requests(), f.errors(),
                    figures.get(i).cpuMsPerRequest(), figures.get(i).compiledMethods()));
        }
        return json.append("]}").toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
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
