package de.presseschau.fetch;

import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivateAddressTest {

    private static final byte[] PAGE = "<html><body><p>Seite</p></body></html>".getBytes(StandardCharsets.UTF_8);

    private final FixtureServer server = new FixtureServer();
    private final Fetcher fetcher = new Fetcher(new HttpSettings(Duration.ofSeconds(1), Duration.ofSeconds(2),
            1_000_000, 5, "Presseschau-Test"));

    @AfterEach
    void close() {
        server.close();
    }

    private static FetchResult.Failed refused(FetchResult result) {
        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
        assertEquals(FailureKind.PRIVATE_ADDRESS, failed.kind(), failed.reason());
        assertTrue(failed.reason().contains("--allow-private"), failed.reason());
        return failed;
    }

    @Test
    void refusesPagesOnLoopbackPrivateLinkLocalAndMetadataAddresses() {
        server.serve("/seite", Response.ok("text/html", PAGE));
        Fetcher pages = fetcher.restrictedTo(AddressPolicy.publicOnly());
        String ipv6Loopback = server.url("/seite").replace("127.0.0.1", "[::1]");

        assertTrue(refused(pages.fetch(FetchRequest.of(server.url("/seite")))).reason().contains("Loopback"));
        assertTrue(refused(pages.fetch(FetchRequest.of(ipv6Loopback))).reason().contains("Loopback"));
        assertTrue(refused(pages.fetch(FetchRequest.of("http://10.20.30.40/artikel"))).reason().contains("privaten Netz"));
        assertTrue(refused(pages.fetch(FetchRequest.of("http://192.168.1.1/"))).reason().contains("privaten Netz"));
        assertTrue(refused(pages.fetch(FetchRequest.of("http://169.254.169.254/latest/meta-data/")))
                .reason().contains("Link-local"));
        assertTrue(refused(pages.fetch(FetchRequest.of("http://localhost:1/"))).reason().contains("Loopback"));
        assertTrue(server.requestsTo("/seite").isEmpty(), "a refused page must not be requested at all");
    }

    @Test
    void refusesARedirectFromAnAllowedHostToAPrivateOne() {
        server.handle("/weiter", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/iam/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.handle("/zweimal", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.0.0.7/intern");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        // This test's own server is on 127.0.0.1, so loopback is allowed here: the hop after it is what counts.
        Fetcher pages = fetcher.restrictedTo(AddressPolicy.publicAndLoopback());

        assertTrue(refused(pages.fetch(FetchRequest.of(server.url("/weiter")))).reason().contains("169.254.169.254"));
        assertTrue(refused(pages.fetch(FetchRequest.of(server.url("/zweimal")))).reason().contains("10.0.0.7"));
        assertEquals(1, server.requestsTo("/weiter").size());
    }

    @Test
    void fetchesLoopbackPagesOnlyWhereLoopbackIsAllowed() {
        server.serve("/seite", Response.ok("text/html", PAGE));

        assertInstanceOf(FetchResult.Fetched.class,
                fetcher.restrictedTo(AddressPolicy.publicAndLoopback()).fetch(FetchRequest.of(server.url("/seite"))));
        assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(FetchRequest.of(server.url("/seite"))));
    }

    @Test
    void tellsPublicAddressesFromTheOtherRanges() {
        AddressPolicy pages = AddressPolicy.publicOnly();

        assertNull(pages.refusal(URI.create("https://93.184.216.34/nachrichten")));
        assertNull(pages.refusal(URI.create("https://[2a00:1450:4001:82b::200e]/")));
        for (String host : new String[] {"0.0.0.0", "172.16.5.4", "100.64.1.1", "[fd00:ec2::254]", "[fe80::1]",
                "[::ffff:10.0.0.1]", "224.0.0.1"}) {
            assertTrue(pages.refusal(URI.create("http://" + host + "/")) != null, host + " should be refused");
        }
        assertNull(AddressPolicy.anyAddress().refusal(URI.create("http://10.0.0.1/")));
    }
}
