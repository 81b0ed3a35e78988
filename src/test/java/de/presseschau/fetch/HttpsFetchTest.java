package de.presseschau.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Most feeds are served over TLS, and the client runs its own steps (the handshake, decrypting, the body) on its
 * selector thread rather than a pool: many fetches at once must still each get their whole body, and a dripping body
 * must still end at the deadline.
 */
class HttpsFetchTest {

    /** A self-signed certificate for 127.0.0.1, valid until 2126; made with keytool for this test. */
    private static final String KEY_STORE = "/fetch/localhost.p12";
    private static final char[] PASSWORD = "presseschau".toCharArray();
    private static final int BODY_BYTES = 300_000;

    private final byte[] body = new byte[BODY_BYTES];
    private HttpsServer server;
    private ExecutorService serverThreads;
    private SSLContext context;

    @BeforeEach
    void start() throws Exception {
        new SplittableRandom(7).nextBytes(body);
        context = trusting();
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/page", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.createContext("/drip", exchange -> {
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                exchange.sendResponseHeaders(200, 100);
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // The client gave up, as it should.
            }
        });
        server.start();
    }

    /** A fetcher that trusts the test's certificate: the client takes the default context when it is built. */
    private Fetcher fetcherWithin(Duration deadline) throws GeneralSecurityException {
        SSLContext before = SSLContext.getDefault();
        SSLContext.setDefault(context);
        try {
            return new Fetcher(new HttpSettings(Duration.ofSeconds(1), deadline, 1024 * 1024, 3, "Presseschau-Test/1.0"));
        } finally {
            SSLContext.setDefault(before);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private static SSLContext trusting() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = HttpsFetchTest.class.getResourceAsStream(KEY_STORE)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    private String url(String path) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void fetchesManyBodiesAtOnceOverTls() throws Exception {
        Fetcher fetcher = fetcherWithin(Duration.ofSeconds(20));
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                results.add(callers.submit(() -> fetcher.fetch(FetchRequest.of(url("/page")))));
            }
            for (Future<FetchResult> result : results) {
                FetchResult got = result.get(20, TimeUnit.SECONDS);
                FetchResult.Fetched fetched = assertInstanceOf(FetchResult.Fetched.class, got, got::toString);
                assertArrayEquals(body, fetched.body());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void givesUpOnADrippingBodyOverTlsAtTheDeadline() throws GeneralSecurityException {
        Fetcher fetcher = fetcherWithin(Duration.ofSeconds(1));
        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(FetchRequest.of(url("/drip")));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(new FetchResult.Failed("Zeitüberschreitung nach 1 s", FailureKind.TIMEOUT), result);
        assertTrue(millis >= 900 && millis < 2000, "took " + millis + " ms");
    }
}
