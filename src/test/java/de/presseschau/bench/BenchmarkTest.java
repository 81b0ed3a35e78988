package de.presseschau.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkTest {

    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Benchmark.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);
        return out;
    }

    @Test
    void theFirstRefreshFetchesEveryPageAndTheJsonLineSplitsItsCpu() {
        String out = run("--feeds", "3", "--entries", "2", "--latency", "0", "--hosts", "2", "--concurrency", "4");
        String json = out.strip().substring(out.strip().lastIndexOf('\n') + 1);

        assertTrue(out.contains("for 9 requests (3 feeds, 6 pages)"), out);
        assertTrue(out.contains("6 entries stored (6 articles, 6 extracted, 0 failed feeds)"), out);
        assertTrue(out.contains("3 of 3 feed requests answered 304 (100.0%), 0 pages fetched"), out);
        assertTrue(out.contains("the reader's threads the rest"), out);
        assertTrue(out.contains("writer (every database write)"), out);
        for (String field : new String[] {"\"ratio\":", "\"processCpuS\":", "\"serverCpuS\":", "\"compileS\":", "\"gcS\":",
                "\"readerCpuMsPerRequest\":", "\"feedWorkerMsPerRequest\":", "\"pageWorkerMsPerRequest\":",
                "\"writerMsPerRequest\":", "\"liveHeapMb\":"}) {
            assertTrue(json.contains(field), field + " in " + json);
        }
    }

    @Test
    void aTimelineShowsWhatTheServerAnsweredAndHowBusyTheCoresWere() {
        // With 700 ms per answer the first refresh (a feed, then its pages) takes longer than one step of a second.
        String out = run("--feeds", "2", "--entries", "2", "--latency", "700", "--hosts", "2", "--concurrency", "4",
                "--timeline", "1");

        assertTrue(out.contains("timeline of the first refresh, every 1 s:"), out);
        Matcher line = Pattern.compile(
                "  +[\\d.]+ s: feeds +(\\d+) \\(\\+ *\\d+\\), pages +(\\d+) \\(\\+ *\\d+\\), CPU [\\d.]+ cores, of it JIT [\\d.]+")
                .matcher(out);
        assertTrue(line.find(), out);
        assertTrue(Integer.parseInt(line.group(1)) <= 2 && Integer.parseInt(line.group(2)) <= 4, line.group());
    }

    @Test
    void theReadersShareIsWhatIsLeftAndNeverNegative() {
        assertEquals(600, new CpuAccount.Split(1000, 100, 200, 100).readerNanos());
        // Compilation is counted as elapsed time, which on a busy machine can exceed what the process got.
        assertEquals(0, new CpuAccount.Split(1000, 100, 2000, 100).readerNanos());
    }
}
