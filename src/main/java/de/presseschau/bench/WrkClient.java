package de.presseschau.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives an endpoint with wrk (Debian's {@code wrk} package), a load generator in C: the Java client spends CPU and
 * collects garbage on the same cores as the reader, which lowers the rate it reaches and lengthens the latencies it
 * measures. The URIs are drawn in Java, as the Java client draws them, and handed to wrk's Lua script as a list.
 */
final class WrkClient implements LoadDriver {

    /** URIs drawn per endpoint; each wrk thread starts at its own place in the list. */
    private static final int PATHS = 50_000;
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.0+)?%\\s+([0-9.]+)(us|ms|s)\\s*$");
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([0-9.]+)\\s*$");
    private static final Pattern TOTAL = Pattern.compile("^\\s*(\\d+) requests in ([0-9.]+)(us|ms|s|m),");
    private static final Pattern NOT_OK = Pattern.compile("^\\s*Non-2xx or 3xx responses:\\s+(\\d+)\\s*$");
    private static final Pattern SOCKET = Pattern.compile(
            "^\\s*Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)\\s*$");

    private final String wrk;
    private final int clients;

    WrkClient(String wrk, int clients) {
        this.wrk = wrk;
        this.clients = clients;
    }

    /** The wrk on the PATH, or null. */
    static String find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "wrk");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    @Override
    public String name() {
        return "wrk";
    }

    @Override
    public LoadDriver.Figures drive(String name, Duration duration, Function<SplittableRandom, URI> target,
                                    SplittableRandom random) throws InterruptedException {
        List<URI> uris = new ArrayList<>(PATHS);
        for (int i = 0; i < PATHS; i++) {
            uris.add(target.apply(random));
        }
        URI first = uris.get(0);
        Path script = null;
        try {
            script = Files.createTempFile("presseschau-wrk", ".lua");
            Files.writeString(script, script(uris), StandardCharsets.UTF_8);
            int threads = Math.min(clients, Runtime.getRuntime().availableProcessors());
            Process process = new ProcessBuilder(wrk, "-t" + threads, "-c" + clients,
                    "-d" + Math.max(1, duration.toSeconds()) + "s", "--latency", "--timeout", "30s", "-s", script.toString(),
                    first.getScheme() + "://" + first.getRawAuthority())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("wrk failed for " + name + ":\n" + output);
            }
            return parse(name, output);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run wrk for " + name, e);
        } finally {
            if (script != null) {
                try {
                    Files.deleteIfExists(script);
                } catch (IOException e) {
                    // a temporary file left behind harms nothing
                }
            }
        }
    }

    /** Each thread walks the list from its own starting place, so no two threads ask for the same URI at once. */
    static String script(List<URI> uris) {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (URI uri : uris) {
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            lua.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        return lua.append("""
                }
                local threads = 0
                function setup(thread)
                  thread:set("number", threads)
                  threads = threads + 1
                end
                local at = 0
                function init(args)
                  at = (number * 7919) % #paths
                end
                function request()
                  at = at % #paths + 1
                  return wrk.format("GET", paths[at])
                end
                """).toString();
    }

    /** Reads wrk's report ({@code --latency}); every answer that is not 2xx/3xx and every socket error is an error. */
    static LoadDriver.Figures parse(String name, String output) {
        double p50 = -1;
        double p99 = -1;
        double rate = -1;
        int requests = -1;
        int errors = 0;
        String firstError = null;
        for (String line : output.split("\n")) {
            Matcher m;
            if ((m = PERCENTILE.matcher(line)).matches()) {
                double ms = millis(Double.parseDouble(m.group(2)), m.group(3));
                if (m.group(1).equals("50")) {
                    p50 = ms;
                } else {
                    p99 = ms;
                }
            } else if ((m = RATE.matcher(line)).matches()) {
                rate = Double.parseDouble(m.group(1));
            } else if ((m = TOTAL.matcher(line)).find()) {
                requests = Integer.parseInt(m.group(1));
            } else if ((m = NOT_OK.matcher(line)).matches()) {
                errors += Integer.parseInt(m.group(1));
                firstError = line.strip();
            } else if ((m = SOCKET.matcher(line)).matches()) {
                int socket = 0;
                for (int i = 1; i <= 4; i++) {
                    socket += Integer.parseInt(m.group(i));
                }
                errors += socket;
                firstError = socket > 0 && firstError == null ? line.strip() : firstError;
            }
        }
        if (p50 < 0 || p99 < 0 || rate < 0 || requests < 0) {
            throw new IllegalStateException("Unexpected wrk output for " + name + ":\n" + output);
        }
        return new LoadDriver.Figures(name, requests, errors, rate, p50, p99, firstError);
    }

    private static double millis(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
