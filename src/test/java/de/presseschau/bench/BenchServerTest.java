package de.presseschau.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bench's one-thread server: its answers, their latency, and many requests waiting at once. */
class BenchServerTest {

    private static final long LATENCY_MILLIS = 300;

    private final BenchContent content = new BenchContent(3, Instant.parse("2026-12-01T08:00:00Z"));
    private final BenchServer server = new BenchServer(2, content, LATENCY_MILLIS);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String url, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFeedsAndPagesAfterTheLatencyAndAnswersAConditionalGetWith304() throws Exception {
        String base = server.base(1);
        long start = System.nanoTime();
        HttpResponse<String> feed = get(base + "/feed/1.xml", null);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertTrue(millis >= LATENCY_MILLIS, "answered after " + millis + " ms");
        assertEquals(200, feed.statusCode());
        assertEquals(content.feed(1, base), feed.body());
        assertEquals("application/rss+xml; charset=utf-8", feed.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> again = get(base + "/feed/1.xml", feed.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());

        HttpResponse<String> page = get(base + "/article/1-2.html?utm_source=rss", null);
        assertEquals(200, page.statusCode());
        assertEquals(content.page(1, 2), page.body());
        assertEquals(404, get(base + "/other", null).statusCode());

        assertEquals(2, server.feedRequests.get());
        assertEquals(1, server.notModified.get());
        assertEquals(1, server.pageRequests.get());

        // A path it cannot read fails that answer only.
        assertEquals(404, get(base + "/feed/kaputt", null).statusCode());
        assertEquals(200, get(base + "/feed/2.xml", null).statusCode());
    }

    @Test
    void holdsBackManyRequestsAtOnceRatherThanOneAfterAnother() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            String url = server.base(i % 2) + "/article/" + i + "-0.html";
            answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = answers.get(i).get(10, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode());
            assertEquals(content.page(i, 0), answer.body());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        // One after another they would take 20 x 300 ms.
        assertTrue(millis >= LATENCY_MILLIS && millis < 4 * LATENCY_MILLIS, "20 answers took " + millis + " ms");
    }
}
