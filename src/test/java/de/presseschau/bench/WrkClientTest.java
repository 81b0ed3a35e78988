package de.presseschau.bench;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading wrk's report and writing its script; the runs themselves are in LoadBenchmarkTest. */
class WrkClientTest {

    /** The layout of wrk 4.1's report with --latency, as Debian's package prints it. */
    private static final String REPORT = """
            Running 10s test @ http://127.0.0.1:18200
              2 threads and 8 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    14.61ms   19.93ms 169.21ms   91.50%%
                Req/Sec   325.47    112.88   670.00     77.50%%
              Latency Distribution
                 50%%   %s
                 75%%   15.03ms
                 90%%   30.12ms
                 99%%   %s
              6437 requests in 10.01s, 123.45MB read
            %sRequests/sec:    643.68
            Transfer/sec:     12.33MB
            """;

    @Test
    void readsRateLatenciesAndRequestsInEveryUnit() {
        LoadDriver.Figures figures = WrkClient.parse("reading view", REPORT.formatted("812.00us", "1.20s", ""));

        assertEquals(643.68, figures.perSecond(), 1e-9);
        assertEquals(0.812, figures.p50Ms(), 1e-9);
        assertEquals(1200, figures.p99Ms(), 1e-9);
        assertEquals(6437, figures.requests());
        assertEquals(0, figures.errors());
        assertNull(figures.firstError());
    }

    @Test
    void countsFailedAnswersAndSocketErrorsAsErrors() {
        LoadDriver.Figures figures = WrkClient.parse("search", REPORT.formatted("10.48ms", "77.71ms",
                "  Socket errors: connect 0, read 2, write 0, timeout 3\n  Non-2xx or 3xx responses: 12\n"));

        assertEquals(10.48, figures.p50Ms(), 1e-9);
        assertEquals(17, figures.errors());
        assertEquals("Non-2xx or 3xx responses: 12", figures.firstError());
    }

    @Test
    void aReportWithoutFiguresIsAnError() {
        assertThrows(IllegalStateException.class, () -> WrkClient.parse("front", "unable to connect to 127.0.0.1:1"));
    }

    @Test
    void theScriptHandsOutTheDrawnPathsWithTheirQueries() {
        String script = WrkClient.script(List.of(URI.create("http://127.0.0.1:1/article/7"),
                URI.create("http://127.0.0.1:1/search?q=B%C3%BCrgermeister+Freibad")));

        assertTrue(script.contains("\"/article/7\",\n"), script);
        assertTrue(script.contains("\"/search?q=B%C3%BCrgermeister+Freibad\",\n"), script);
        assertTrue(script.contains("function request()"), script);
    }
}
