package de.presseschau.refresh;

import com.sun.net.httpserver.HttpExchange;
import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.model.Feed;
import de.presseschau.model.FeedStatus;
import de.presseschau.model.Subscription;
import de.presseschau.model.UrlOrigin;
import de.presseschau.parse.FeedParser;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import de.presseschau.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A feed's schedule, failures, moves and broken network input, end to end through the refresher into its row. */
class FeedHealthTest {

    private static final Instant NOW = Instant.parse("2026-11-27T13:00:00Z");
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final int LIMIT = 100_000;

    private final MutableClock clock = new MutableClock(NOW);
    private final FixtureServer server = new FixtureServer();
    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final FeedRefresher refresher = new FeedRefresher(
            new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(3), LIMIT, 3, "Presseschau-Test"), clock),
            // The fixture server's pages are on 127.0.0.1.
            AddressPolicy.publicAndLoopback(),
            new FeedParser(), new ArticleExtractor(sanitizer), sanitizer, feeds, articles,
            RefreshSettings.defaults(), ScheduleSettings.defaults(), new SplittableRandom(3), clock, ArticleSteps.NONE);

    private ServerSocket plainText;

    @AfterEach
    void close() throws IOException {
        if (plainText != null) {
            plainText.close();
        }
        server.close();
        database.close();
    }

    private static byte[] rss(String extraChannel, String items) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Testfeed</title>"
                + "<link>http://127.0.0.1/</link><description>Test</description>" + extraChannel + items
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    private static String item(String guid, String link, String title, String date) {
        return "<item>" + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
                + (link == null ? "" : "<link>" + link + "</link>") + "<title>" + title + "</title>"
                + (date == null ? "" : "<pubDate>" + date + "</pubDate>") + "<description>Über " + title + "</description></item>";
    }

    private static byte[] simpleFeed() {
        return rss("", item("a1", null, "Erster", null) + item("a2", null, "Zweiter", null));
    }

    private List<Feed> subscribe(String... urls) {
        List<Subscription> list = new ArrayList<>();
        for (int i = 0; i < urls.length; i++) {
            list.add(new Subscription(urls[i], null, "Test", i + 1));
        }
        return feeds.sync(list, clock.instant());
    }

    private Feed refreshOne(String url) {
        Feed feed = feeds.findSubscribed().stream().filter(f -> f.url().equals(url)).findFirst()
                .orElseGet(() -> subscribe(url).get(0));
        refresher.refresh(List.of(feeds.findById(feed.id()).orElseThrow()), RefreshListener.NONE);
        return feeds.findById(feed.id()).orElseThrow();
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void hostileNetworkInputLandsAsATypedErrorOnEachFeedWhileTheGoodOneLoads() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
            gzip.write(new byte[20 * LIMIT]);
        }
        byte[] binary = new byte[4096];
        new SplittableRandom(1).nextBytes(binary);
        server.serve("/good", Response.ok(RSS, simpleFeed()))
                .handle("/drip", exchange -> {
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 100; i++) {
                            out.write(' ');
                            out.flush();
                            Thread.sleep(100);
                        }
                    } catch (InterruptedException | IOException e) {
                        // The client gave up, as it should.
                    }
                })
                .serve("/huge", Response.ok(RSS, new byte[LIMIT * 2]))
                .handle("/bomb", exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    exchange.getResponseHeaders().set("Content-Type", RSS);
                    respond(exchange, 200, bomb.toByteArray());
                })
                .handle("/loop-a", exchange -> {
                    exchange.getResponseHeaders().set("Location", "/loop-b");
                    respond(exchange, 302, new byte[0]);
                })
                .handle("/loop-b", exchange -> {
                    exchange.getResponseHeaders().set("Location", "/loop-a");
                    respond(exchange, 302, new byte[0]);
                })
                .serve("/page", Response.ok("text/html; charset=utf-8",
                        "<!DOCTYPE html><html><head><title>Startseite</title></head><body>Hallo</body></html>"
                                .getBytes(StandardCharsets.UTF_8)))
                .serve("/empty", Response.ok(RSS, new byte[0]))
                .serve("/binary", Response.ok("application/octet-stream", binary));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("http://127.0.0.1:" + closedPort + "/feed", "connection_refused");
        expected.put("http://presseschau-test.invalid/feed", "dns");
        expected.put("https://127.0.0.1:" + plainTextServer() + "/feed", "tls");
        expected.put(server.url("/drip"), "timeout");
        expected.put(server.url("/huge"), "too_large");
        expected.put(server.url("/bomb"), "too_large");
        expected.put(server.url("/loop-a"), "redirect_loop");
        expected.put(server.url("/page"), "no_feed");
        expected.put(server.url("/empty"), "parse");
        expected.put(server.url("/binary"), "parse");
        expected.put(server.url("/missing"), "http_status");
        List<String> urls = new ArrayList<>(expected.keySet());
        urls.add(server.url("/good"));
        subscribe(urls.toArray(String[]::new));

        RefreshReport report = refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

        Map<String, Feed> byUrl = feeds.findSubscribed().stream().collect(Collectors.toMap(Feed::url, Function.identity()));
        expected.forEach((url, kind) -> {
            Feed feed = byUrl.get(url);
            assertEquals(FeedStatus.ERROR, feed.status(), url);
            assertEquals(kind, feed.health().errorKind(), url + ": " + feed.lastError());
            assertNotNull(feed.lastError(), url);
            assertEquals(1, feed.health().errorCount(), url);
            assertEquals(NOW, feed.health().failingSince(), url);
            assertTrue(feed.health().nextCheckAt().isAfter(NOW), url);
        });
        Feed good = byUrl.get(server.url("/good"));
        assertEquals(FeedStatus.OK, good.status());
        assertEquals(2, report.newArticles());
        assertEquals(404, byUrl.get(server.url("/missing")).health().lastStatus());
    }

    /** A server that answers anything in plain text, as an https client sees a misconfigured port; returns its port. */
    private int plainTextServer() throws IOException {
        ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        plainText = socket;
        Thread thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try (java.net.Socket client = socket.accept()) {
                    client.getInputStream().read(new byte[4096]);
                    client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    client.shutdownOutput();
                    client.getInputStream().read(new byte[4096]);
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        }, "plain-text-server");
        thread.setDaemon(true);
        thread.start();
        return socket.getLocalPort();
    }

    @Test
    void theNextCheckFollowsTheServersMaxAgeAndTheFeedsTtl() {
        server.handle("/cached", exchange -> {
            exchange.getResponseHeaders().set("Cache-Control", "max-age=7200");
            exchange.getResponseHeaders().set("Content-Type", RSS);
            respond(exchange, 200, simpleFeed());
        }).serve("/ttl", Response.ok(RSS, rss("<ttl>180</ttl>", item("t1", null, "Eins", null))));

        assertEquals(NOW.plus(Duration.ofHours(2)), refreshOne(server.url("/cached")).health().nextCheckAt());
        Feed ttl = refreshOne(server.url("/ttl"));
        assertEquals(NOW.plus(Duration.ofHours(3)), ttl.health().nextCheckAt());
        assertEquals(Duration.ofMinutes(30), ttl.health().checkInterval(), "no dates: the default interval");
    }

    @Test
    void retryAfterOfA503IsHonouredForThatFeed() {
        server.handle("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "7200");
            respond(exchange, 503, new byte[0]);
        }).handle("/limited", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "Fri, 27 Nov 2026 18:00:00 GMT");
            respond(exchange, 429, new byte[0]);
        });

        Feed busy = refreshOne(server.url("/busy"));
        Feed limited = refreshOne(server.url("/limited"));

        assertEquals(NOW.plus(Duration.ofHours(2)), busy.health().nextCheckAt());
        assertEquals(503, busy.health().lastStatus());
        assertEquals(Instant.parse("2026-11-27T18:00:00Z"), limited.health().nextCheckAt());
        assertEquals("HTTP 429 (zu viele Anfragen)", limited.lastError());
    }

    @Test
    void aFailingFeedCountsItsFailuresUntilItWorksAgain() {
        String url = server.url("/flaky");
        server.serve("/flaky", Response.status(500));
        Feed first = refreshOne(url);
        clock.advance(Duration.ofMinutes(30));
        Feed second = refreshOne(url);

        assertEquals(2, second.health().errorCount());
        assertEquals(NOW, second.health().failingSince());
        assertTrue(Duration.between(first.health().nextCheckAt(), second.health().nextCheckAt()).compareTo(Duration.ZERO) > 0);

        server.serve("/flaky", Response.ok(RSS, simpleFeed()));
        clock.advance(Duration.ofMinutes(30));
        Feed healed = refreshOne(url);

        assertEquals(FeedStatus.OK, healed.status());
        assertEquals(0, healed.health().errorCount());
        assertNull(healed.health().failingSince());
        assertNull(healed.health().errorKind());
    }

    @Test
    void goneAndRepeatedlyMissingFeedsAreToldApart() {
        server.serve("/gone", Response.status(410));

        Feed gone = refreshOne(server.url("/gone"));
        Feed missingOnce = refreshOne(server.url("/missing"));
        clock.advance(Duration.ofHours(1));
        Feed missingTwice = refreshOne(server.url("/missing"));

        assertTrue(gone.health().isGone());
        assertTrue(Duration.between(NOW, gone.health().nextCheckAt()).compareTo(Duration.ofHours(12)) >= 0);
        assertFalse(missingOnce.health().isRepeatedlyNotFound());
        assertTrue(missingTwice.health().isRepeatedlyNotFound());
    }

    @Test
    void aPermanentRedirectIsFollowedAndRememberedWhileFeedsTxtIsLeftAlone() {
        server.handle("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new");
            respond(exchange, 301, new byte[0]);
        }).serve("/new", Response.ok(RSS, simpleFeed()).withValidators("\"v1\"", null));

        Feed moved = refreshOne(server.url("/old"));
        refresher.refresh(List.of(moved), RefreshListener.NONE);

        assertEquals(server.url("/old"), moved.url());
        assertEquals(server.url("/new"), moved.fetchUrl());
        assertEquals(UrlOrigin.MOVED, moved.fetchUrlOrigin());
        assertEquals(1, server.requestsTo("/old").size(), "the second refresh went straight to the new address");
        assertEquals("\"v1\"", server.requestsTo("/new").get(1).headers().getFirst("If-None-Match"));
    }

    @Test
    void aTemporaryRedirectIsFollowedButNotRemembered() {
        server.handle("/today", exchange -> {
            exchange.getResponseHeaders().set("Location", "/feed");
            respond(exchange, 302, new byte[0]);
        }).serve("/feed", Response.ok(RSS, simpleFeed()));

        Feed feed = refreshOne(server.url("/today"));

        assertEquals(FeedStatus.OK, feed.status());
        assertNull(feed.fetchUrl());
    }

    @Test
    void aWebsiteAddressLeadsToTheFeedItNames() {
        server.serve("/", Response.ok("text/html; charset=utf-8", ("<!DOCTYPE html><html><head><title>Zeitung</title>"
                        + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Alle Nachrichten\" href=\"/rss/alle.xml\">"
                        + "</head><body><h1>Zeitung</h1></body></html>").getBytes(StandardCharsets.UTF_8)))
                .serve("/rss/alle.xml", Response.ok(RSS, simpleFeed()));

        Feed site = refreshOne(server.url("/"));
        refresher.refresh(List.of(site), RefreshListener.NONE);

        assertEquals(FeedStatus.OK, site.status());
        assertEquals(server.url("/rss/alle.xml"), site.fetchUrl());
        assertEquals(UrlOrigin.DISCOVERED, site.fetchUrlOrigin());
        assertEquals(2, articles.countAll());
        assertEquals(1, server.requestsTo("/").size(), "the feed itself is fetched from then on");
    }

    @Test
    void anEntryResentWithANewDateIsNotNew() {
        String url = server.url("/dated");
        server.serve("/dated", Response.ok(RSS, rss("", item("g-1", server.url("/a/1"), "Eins", "Fri, 27 Nov 2026 10:00:00 GMT"))));
        refreshOne(url);
        server.serve("/dated", Response.ok(RSS, rss("", item("g-1", server.url("/a/1"), "Eins", "Fri, 27 Nov 2026 12:30:00 GMT"))));

        RefreshReport second = refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

        assertEquals(0, second.newArticles());
        assertEquals(1, articles.countAll());
    }

    @Test
    void entriesWithoutGuidOrLinkKeepTheirIdentityByTitleAndContent() {
        String url = server.url("/bare");
        server.serve("/bare", Response.ok(RSS, rss("", item(null, null, "Eins", "Fri, 27 Nov 2026 10:00:00 GMT")
                + item(null, null, "Zwei", null))));
        refreshOne(url);
        server.serve("/bare", Response.ok(RSS, rss("", item(null, null, "Eins", "Fri, 27 Nov 2026 11:00:00 GMT")
                + item(null, null, "Zwei", null) + item(null, null, "Drei", null))));

        RefreshReport second = refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

        assertEquals(1, second.newArticles());
        assertEquals(3, articles.countAll());
    }

    @Test
    void trackingParametersDoNotSplitOneArticleAcrossFeeds() {
        server.serve("/a", Response.ok(RSS, rss("", item(null, server.url("/story?utm_source=rss&utm_medium=a"), "Story", null))))
                .serve("/b", Response.ok(RSS, rss("", item(null, server.url("/story?fbclid=xyz#top"), "Story", null))));
        subscribe(server.url("/a"), server.url("/b"));

        refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

        assertEquals(1, articles.countAll());
        assertEquals(server.url("/story"), articles.findTeasers(null, 1, 0).get(0).url());
        assertEquals(2, feeds.findAllWithCounts().stream().mapToInt(s -> s.entryCount()).sum());
    }

    @Test
    void onlyDueFeedsAreDueAndRefreshNowMakesOneDue() {
        server.serve("/feed", Response.ok(RSS, simpleFeed()));
        Feed feed = refreshOne(server.url("/feed"));

        assertTrue(feeds.findDue(NOW).isEmpty());
        clock.advance(Duration.ofMinutes(31));
        assertEquals(List.of(feed.id()), feeds.findDue(clock.instant()).stream().map(Feed::id).toList());

        RefreshRequests requests = new RefreshRequests(feeds, clock, Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(-30));
        assertTrue(feeds.findDue(clock.instant()).isEmpty());
        assertEquals(RefreshRequests.Result.QUEUED, requests.requestFeed(feed.id()).result());
        assertEquals(1, feeds.findDue(clock.instant()).size());
        assertEquals(RefreshRequests.Result.COOLING_DOWN, requests.requestFeed(feed.id()).result());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(RefreshRequests.Result.QUEUED, requests.requestAll().result());
        assertEquals(RefreshRequests.Result.UNKNOWN_FEED, requests.requestFeed(999).result());
    }
}
