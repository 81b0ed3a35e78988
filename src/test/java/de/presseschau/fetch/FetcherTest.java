package de.presseschau.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>Größe</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    private static final long LIMIT = 64 * 1024;

    private HttpServer server;
    private ExecutorService serverThreads;
    private final ConcurrentLinkedQueue<Headers> requests = new ConcurrentLinkedQueue<>();
    private final Fetcher fetcher = new Fetcher(new HttpSettings(Duration.ofSeconds(1), Duration.ofSeconds(1),
            LIMIT, 3, "Presseschau-Test/1.0 (+https://example.org)"));

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void serve(String path, Handler handler) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestHeaders());
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException e) {
                // The client hung up, which several tests provoke on purpose.
            }
        });
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    @Test
    void returnsBodyContentTypeAndValidatorsOfA200() {
        serve("/feed", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=ISO-8859-1");
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Sat, 07 Jan 2017 15:48:02 GMT");
            respond(exchange, 200, FEED);
        });

        FetchResult.Fetched fetched = assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(FetchRequest.of(url("/feed"))));

        assertEquals(url("/feed"), fetched.url());
        assertEquals(200, fetched.status());
        assertArrayEquals(FEED, fetched.body());
        assertEquals("ISO-8859-1", fetched.charset());
        assertEquals("\"v1\"", fetched.etag());
        assertEquals("Sat, 07 Jan 2017 15:48:02 GMT", fetched.lastModified());
    }

    @Test
    void identifiesItselfAndAsksForFeedsAndCompression() {
        serve("/feed", exchange -> respond(exchange, 200, FEED));

        fetcher.fetch(FetchRequest.of(url("/feed")));

        Headers sent = requests.peek();
        assertEquals("Presseschau-Test/1.0 (+https://example.org)", sent.getFirst("User-Agent"));
        assertEquals("gzip, deflate", sent.getFirst("Accept-Encoding"));
        assertTrue(sent.getFirst("Accept").contains("application/rss+xml"), sent.getFirst("Accept"));
        assertTrue(sent.getFirst("Accept").contains("text/html"), sent.getFirst("Accept"));
        assertNull(sent.getFirst("If-None-Match"));
        assertNull(sent.getFirst("If-Modified-Since"));
    }

    @Test
    void sendsValidatorsOfTheLastResponseAndGetsNotModified() {
        String etag = "\"abc-123\"";
        String lastModified = "Sat, 07 Jan 2017 15:48:02 GMT";
        serve("/feed", exchange -> {
            Headers in = exchange.getRequestHeaders();
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", lastModified);
            if (etag.equals(in.getFirst("If-None-Match")) && lastModified.equals(in.getFirst("If-Modified-Since"))) {
                respond(exchange, 304, new byte[0]);
            } else {
                respond(exchange, 200, FEED);
            }
        });

        FetchResult.Fetched first = assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(FetchRequest.of(url("/feed"))));
        FetchResult second = fetcher.fetch(new FetchRequest(url("/feed"), first.etag(), first.lastModified()));

        assertEquals(new FetchResult.NotModified(etag, lastModified), second);
        Headers secondRequest = new ArrayList<>(requests).get(1);
        assertEquals(etag, secondRequest.getFirst("If-None-Match"));
        assertEquals(lastModified, secondRequest.getFirst("If-Modified-Since"));
    }

    @Test
    void keepsTheOldValidatorsWhenA304SendsNone() {
        serve("/feed", exchange -> respond(exchange, 304, new byte[0]));

        FetchResult result = fetcher.fetch(new FetchRequest(url("/feed"), "\"old\"", "Mon, 02 Jan 2017 10:00:00 GMT"));

        assertEquals(new FetchResult.NotModified("\"old\"", "Mon, 02 Jan 2017 10:00:00 GMT"), result);
    }

    @Test
    void takesTheNewLastModifiedFromA304() {
        serve("/feed", exchange -> {
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 03 Jan 2017 10:00:00 GMT");
            respond(exchange, 304, new byte[0]);
        });

        FetchResult result = fetcher.fetch(new FetchRequest(url("/feed"), "\"old\"", "Mon, 02 Jan 2017 10:00:00 GMT"));

        assertEquals(new FetchResult.NotModified("\"old\"", "Tue, 03 Jan 2017 10:00:00 GMT"), result);
    }

    @Test
    void decodesAGzipBody() throws IOException {
        byte[] gzipped = gzip(FEED);
        serve("/feed", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, gzipped);
        });

        FetchResult.Fetched fetched = assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(FetchRequest.of(url("/feed"))));

        assertArrayEquals(FEED, fetched.body());
    }

    @Test
    void decodesADeflateBody() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(FEED);
        }
        serve("/feed", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "deflate");
            respond(exchange, 200, out.toByteArray());
        });

        FetchResult.Fetched fetched = assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(FetchRequest.of(url("/feed"))));

        assertArrayEquals(FEED, fetched.body());
    }

    @Test
    void refusesABodyAnnouncedLargerThanTheLimit() {
        serve("/big", exchange -> respond(exchange, 200, new byte[(int) LIMIT + 1]));

        FetchResult result = fetcher.fetch(FetchRequest.of(url("/big")));

        assertEquals(new FetchResult.Failed("Antwort größer als 64 KB", FailureKind.TOO_LARGE), result);
    }

    @Test
    void stopsReadingAChunkedBodyOnceItPassesTheLimit() {
        serve("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8192];
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 10_000; i++) {
                out.write(chunk);
            }
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(url("/endless")));

        assertEquals(new FetchResult.Failed("Antwort größer als 64 KB", FailureKind.TOO_LARGE), result);
    }

    @Test
    void refusesAGzipBombThatUnpacksBeyondTheLimit() throws IOException {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        assertTrue(bomb.length < LIMIT, "the compressed bomb itself fits the limit");
        serve("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, bomb);
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(url("/bomb")));

        assertEquals(new FetchResult.Failed(200, "Antwort größer als 64 KB", FailureKind.TOO_LARGE, null), result);
    }

    @Test
    void startsNoThreadPerRequest() {
        serve("/feed", exchange -> respond(exchange, 200, FEED));
        // The first fetch starts the client's, the server's and the deadline timer's threads.
        fetcher.fetch(FetchRequest.of(url("/feed")));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getTotalStartedThreadCount();

        for (int i = 0; i < 40; i++) {
            assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(FetchRequest.of(url("/feed"))));
        }

        long started = threads.getTotalStartedThreadCount() - before;
        assertTrue(started < 10, started + " threads started for 40 requests");
    }

    @Test
    void givesUpOnADrippingBodyAtTheTotalDeadline() {
        serve("/drip", exchange -> drip(exchange, 100));

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(FetchRequest.of(url("/drip")));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(new FetchResult.Failed("Zeitüberschreitung nach 1 s", FailureKind.TIMEOUT), result);
        assertTrue(millis >= 900 && millis < 2000, "took " + millis + " ms");
    }

    @Test
    void givesUpWhenHeadersNeverArrive() {
        serve("/silent", exchange -> sleep(5000));

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(FetchRequest.of(url("/silent")));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(new FetchResult.Failed("Zeitüberschreitung nach 1 s", FailureKind.TIMEOUT), result);
        assertTrue(millis >= 900 && millis < 2000, "took " + millis + " ms");
    }

    @Test
    void reportsServerErrorsAndMissingPagesWithTheirStatus() {
        serve("/broken", exchange -> respond(exchange, 500, "Oops".getBytes(StandardCharsets.UTF_8)));
        serve("/gone", exchange -> respond(exchange, 404, "Not here".getBytes(StandardCharsets.UTF_8)));

        assertEquals(new FetchResult.Failed(500, "HTTP 500 (Serverfehler)"), fetcher.fetch(FetchRequest.of(url("/broken"))));
        assertEquals(new FetchResult.Failed(404, "HTTP 404 (nicht gefunden)"), fetcher.fetch(FetchRequest.of(url("/gone"))));
    }

    @Test
    void reportsAnErrorStatusWithoutWaitingForItsDrippingBody() {
        serve("/slow-error", exchange -> {
            exchange.sendResponseHeaders(503, 1000);
            for (int i = 0; i < 50; i++) {
                exchange.getResponseBody().write('x');
                exchange.getResponseBody().flush();
                sleep(100);
            }
        });

        assertEquals(new FetchResult.Failed(503, "HTTP 503 (Dienst nicht verfügbar)"),
                fetcher.fetch(FetchRequest.of(url("/slow-error"))));
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() {
        serve("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/moved");
            respond(exchange, 301, new byte[0]);
        });
        serve("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", url("/feed"));
            respond(exchange, 302, new byte[0]);
        });
        serve("/feed", exchange -> respond(exchange, 200, FEED));

        FetchResult.Fetched fetched = assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(FetchRequest.of(url("/old"))));

        assertEquals(url("/feed"), fetched.url());
        assertArrayEquals(FEED, fetched.body());
    }

    @Test
    void saysItsRequestsAreOverOnceTheLastBodyIsInNotAtARedirect() {
        serve("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/feed");
            respond(exchange, 301, new byte[0]);
        });
        serve("/feed", exchange -> respond(exchange, 200, FEED));
        List<Integer> requestsSeen = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();

        FetchResult result = fetcher.fetch(FetchRequest.of(url("/old")), () -> {
            requestsSeen.add(requests.size());
            threads.add(Thread.currentThread());
        });

        assertInstanceOf(FetchResult.Fetched.class, result);
        assertEquals(List.of(2), requestsSeen);
        // On the client's thread as the body completed, not on the caller's once it was woken.
        assertTrue(threads.get(0) != Thread.currentThread(), "ran on " + threads.get(0).getName());
    }

    @Test
    void failsOnARedirectLoop() {
        serve("/a", exchange -> {
            exchange.getResponseHeaders().add("Location", "/b");
            respond(exchange, 302, new byte[0]);
        });
        serve("/b", exchange -> {
            exchange.getResponseHeaders().add("Location", "/a");
            respond(exchange, 302, new byte[0]);
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(url("/a")));

        assertEquals(new FetchResult.Failed(302, "Weiterleitungsschleife bei " + url("/a"), FailureKind.REDIRECT_LOOP, null), result);
    }

    @Test
    void failsAfterTooManyRedirects() {
        serve("/hop", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getQuery());
            exchange.getResponseHeaders().add("Location", "/hop?" + (n + 1));
            respond(exchange, 307, new byte[0]);
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(url("/hop?0")));

        assertEquals(new FetchResult.Failed(307, "Zu viele Weiterleitungen (mehr als 3)", FailureKind.TOO_MANY_REDIRECTS, null), result);
        assertEquals(4, requests.size());
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        List<Thread> requestsOver = new ArrayList<>();

        FetchResult result = fetcher.fetch(FetchRequest.of("http://127.0.0.1:" + closedPort + "/feed"),
                () -> requestsOver.add(Thread.currentThread()));

        assertEquals(new FetchResult.Failed("Verbindung abgelehnt", FailureKind.CONNECTION_REFUSED), result);
        assertEquals(List.of(Thread.currentThread()), requestsOver);
    }

    @Test
    void refusesAddressesThatAreNotHttp() {
        assertEquals(new FetchResult.Failed("Ungültige Adresse: file:///etc/passwd", FailureKind.INVALID_URL),
                fetcher.fetch(FetchRequest.of("file:///etc/passwd")));
        assertEquals(new FetchResult.Failed("Ungültige Adresse: nicht eine URL", FailureKind.INVALID_URL),
                fetcher.fetch(FetchRequest.of("nicht eine URL")));
    }

    @Test
    void servesConcurrentCallersEachTheirOwnBody() throws Exception {
        serve("/n", exchange -> respond(exchange, 200,
                ("body " + exchange.getRequestURI().getQuery()).getBytes(StandardCharsets.UTF_8)));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String path = "/n?" + i;
                results.add(callers.submit(() -> fetcher.fetch(FetchRequest.of(url(path)))));
            }
            for (int i = 0; i < 32; i++) {
                FetchResult.Fetched fetched = assertInstanceOf(FetchResult.Fetched.class, results.get(i).get());
                assertEquals("body " + i, new String(fetched.body(), StandardCharsets.UTF_8));
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void stopsPromptlyWhenTheCallingThreadIsInterrupted() throws Exception {
        HttpSettings patient = new HttpSettings(Duration.ofSeconds(1), Duration.ofSeconds(10), LIMIT, 3, "Test");
        Fetcher slowFetcher = new Fetcher(patient);
        serve("/drip", exchange -> drip(exchange, 100));
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        List<FetchResult> result = new ArrayList<>();
        Thread caller = new Thread(() -> {
            result.add(slowFetcher.fetch(FetchRequest.of(url("/drip"))));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });

        caller.start();
        Thread.sleep(300);
        caller.interrupt();
        caller.join(2000);

        assertTrue(!caller.isAlive(), "fetch returned after the interrupt");
        assertEquals(List.of(new FetchResult.Failed("Abgebrochen", FailureKind.INTERRUPTED)), result);
        assertTrue(stillInterrupted.get(), "the interrupt flag is kept for the caller");
    }

    private static void drip(HttpExchange exchange, int bytes) throws IOException {
        exchange.sendResponseHeaders(200, bytes);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < bytes; i++) {
            out.write('x');
            out.flush();
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }
}
