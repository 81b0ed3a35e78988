package de.presseschau.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real reader ({@code serve}) in a child JVM with a bounded heap, so the heap it needs is its own and not the
 * benchmark's; its heap is read from its own GC log.
 */
final class ServerProcess implements AutoCloseable {

    /** "GC(3) Pause Young (Normal) (G1 Evacuation Pause) 120M->40M(256M) 5.1ms": used before, after, committed. */
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** What the GC log says: the most heap in use before a collection, the most left after one, how many ran. */
    record Heap(double peakUsedMb, double peakLiveMb, double committedMb, int collections, boolean ranOutOfMemory) {
    }

    private final Process process;
    private final Path gcLog;
    private final Path jitLog;
    private final Path output;
    private final int port;
    private final long startedAt;

    private ServerProcess(Process process, Path gcLog, Path jitLog, Path output, int port, long startedAt) {
        this.process = process;
        this.gcLog = gcLog;
        this.jitLog = jitLog;
        this.output = output;
        this.port = port;
        this.startedAt = startedAt;
    }

    /** The CPU time all the reader's threads have used so far (JIT and GC included). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Starts {@code serve} on a free port of 127.0.0.1 over the data directory, with {@code -Xmx} {@code heap}. */
    static ServerProcess start(Path dataDir, Path feedsFile, String heap) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path gcLog = dataDir.resolve("server-gc.log");
        Path jitLog = dataDir.resolve("server-jit.log");
        Path output = dataDir.resolve("server.log");
        Files.deleteIfExists(gcLog);
        Files.deleteIfExists(jitLog);
        // The JIT compiler's log tells the warm-up when the reader's code is compiled (see compiledMethods).
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-Xlog:jit+compilation=debug:file=" + jitLog,
                "-cp", System.getProperty("java.class.path"),
                "de.presseschau.App", "serve", "--data", dataDir.toString(), "--feeds", feedsFile.toString(),
                "--port", Integer.toString(port), "--host", "127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // The owner's own settings (a password, a token) must not change what is measured.
        builder.environment().keySet().removeIf(name -> name.startsWith("PRESSESCHAU_"));
        long startedAt = System.nanoTime();
        return new ServerProcess(builder.start(), gcLog, jitLog, output, port, startedAt);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** Waits for the front page to be served (200) and returns the time since the process was started. */
    Duration awaitFirstPage(HttpClient client, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest front = HttpRequest.newBuilder(uri("/")).timeout(limit).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Der Leser endete beim Start:\n" + tail());
            }
            try {
                if (client.send(front, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("Der Leser antwortete nicht innerhalb von " + limit.toSeconds() + " s:\n" + tail());
    }

    /**
     * Waits until the reader has done its start-up work (a first refresh, the section classifier's training, story
     * grouping), seen as a second in which it used under 5 % of a core, and returns how long that took; gives up
     * waiting after {@code limit}. The pages are then measured as they are served, not against that work.
     */
    Duration awaitIdle(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        Duration cpu = cpu();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(1000);
            Duration now = cpu();
            if (now.minus(cpu).toMillis() < 50) {
                break;
            }
            cpu = now;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * How many methods the reader's JIT compilers have compiled so far, at any tier (one line each in its log). While
     * this grows fast, the compilers take CPU time from the pages, and code not yet compiled runs slowly.
     */
    long compiledMethods() {
        try (Stream<String> lines = Files.lines(jitLog)) {
            return lines.filter(line -> line.contains("[jit,compilation]") && !line.contains("made not entrant")).count();
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the reader's JIT log " + jitLog, e);
        }
    }

    Heap heap() {
        double peakUsed = 0;
        double peakLive = 0;
        double committed = 0;
        int collections = 0;
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    collections++;
                    peakUsed = Math.max(peakUsed, megabytes(m.group(1), m.group(2)));
                    peakLive = Math.max(peakLive, megabytes(m.group(3), m.group(4)));
                    committed = Math.max(committed, megabytes(m.group(5), m.group(6)));
                }
            }
            return new Heap(peakUsed, peakLive, committed, collections, Files.readString(output).contains("OutOfMemoryError"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the reader's GC log " + gcLog, e);
        }
    }

    private static double megabytes(String amount, String unit) {
        double value = Double.parseDouble(amount);
        return switch (unit) {
            case "K" -> value / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(output);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(keine Ausgabe: " + e.getMessage() + ")";
        }
    }

    /** Stops the reader as a service manager would (SIGTERM, a clean stop), forcibly after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
