package de.presseschau.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A smoke run at a small size: every endpoint answers without errors and the figures are printed; no timing. */
class LoadBenchmarkTest {

    @Test
    void aSmallRunServesEveryEndpointWithoutErrorsAndPrintsItsFigures(@TempDir Path dir) {
        String output = smallRun(dir, "java", 0);
        assertTrue(output.contains("300 articles over 24 feeds and 12 topics"), output);
        assertTrue(output.contains("first page served after"), output);
        assertTrue(output.contains("reader idle after its start-up work"), output);
        for (String endpoint : new String[] {"front page /", "topic page", "reading view", "search", "style.css"}) {
            assertTrue(output.lines().anyMatch(line -> line.contains(endpoint) && line.contains("req/s")
                    && line.contains(" 0 errors, reader CPU ") && line.endsWith(" ms per request")),
                    endpoint + " in\n" + output);
        }
        String json = output.lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(json.startsWith("{\"articles\":300,\"feeds\":24,") && json.contains("\"peakHeapMb\":")
                && json.contains("\"cpuMsPerRequest\":"), json);
        assertTrue(json.contains("\"errors\":0") && !json.matches(".*\"errors\":[1-9].*"), json);
        assertTrue(json.contains("\"client\":\"java\"") && json.contains("\"compiledMethods\":"), json);
    }

    @Test
    void warmsUpInRoundsWhileTheReadersJitCompilesAndWithinItsLimit(@TempDir Path dir) {
        // A fresh JVM compiles hundreds of methods a second at first: a round of 2.5 s is never the last one
        // unless the limit has passed, and the limit ends the warm-up although the compilers are still busy.
        String output = smallRun(dir, "java", 6);
        Matcher first = Pattern.compile("warm-up round 1: (\\d+) methods compiled").matcher(output);
        assertTrue(first.find() && Long.parseLong(first.group(1)) > 100, output);
        assertTrue(output.contains("warm-up round 2: "), output);
        assertTrue(!output.contains("warm-up round 5: "), output);
        assertTrue(output.lines().anyMatch(line -> line.startsWith("methods the reader's JIT compiled while measured: front ")),
                output);

        String once = smallRun(dir, "java", 0);
        assertTrue(once.contains("warm-up round 1: ") && !once.contains("warm-up round 2: "), once);
    }

    private static String smallRun(Path dir, String client, int warmUpSeconds) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = LoadBenchmark.run(new String[] {"--articles", "300", "--feeds", "24", "--seconds", "1",
                "--warm-up", Integer.toString(warmUpSeconds), "--clients", "2", "--data", dir.resolve("data").toString(),
                "--client", client},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, output);
        return output;
    }

    @Test
    void wrkDrivesTheSameEndpointsWhereItIsInstalled(@TempDir Path dir) {
        assumeTrue(WrkClient.find() != null, "wrk is not installed");
        String output = smallRun(dir, "wrk", 0);

        assertTrue(output.contains("2 clients (wrk)"), output);
        for (String endpoint : new String[] {"front page /", "reading view", "search", "style.css"}) {
            assertTrue(output.lines().anyMatch(line -> line.contains(endpoint) && line.contains("req/s")
                    && line.contains(" 0 errors, reader CPU ")), endpoint + " in\n" + output);
        }
        String json = output.lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(json.contains("\"client\":\"wrk\"") && !json.matches(".*\"errors\":[1-9].*"), json);
        assertTrue(!json.contains("\"requests\":0,"), json);
    }

    @Test
    void refusesAnUnknownLoadGenerator() {
        assertEquals(2, LoadBenchmark.run(new String[] {"--client", "ab"}, new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void onlyDrivesTheNamedEndpointsAndRefusesUnknownOnes() {
        assertEquals(java.util.Set.of("search", "static"),
                LoadBenchmark.parse(new String[] {"--only", "search,static"}).only());
        assertEquals(java.util.Set.copyOf(LoadBenchmark.ENDPOINTS), LoadBenchmark.parse(new String[0]).only());
        assertEquals(2, LoadBenchmark.run(new String[] {"--only", "suche"}, new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void refusesOptionsItDoesNotKnow() {
        assertEquals(2, LoadBenchmark.run(new String[] {"--artikel", "5"}, new PrintStream(new ByteArrayOutputStream())));
    }
}
