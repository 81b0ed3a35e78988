package de.presseschau.refresh;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.model.Subscription;
import de.presseschau.parse.FeedParser;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Article pages are fetched while feeds still are, within one per-host limit, each once, the oldest first. */
class PagesAlongsideFeedsTest {

    private final FixtureServer server = new FixtureServer();
    private final List<FixtureServer> others = new ArrayList<>();
    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final List<Subscription> subscriptions = new ArrayList<>();

    @AfterEach
    void close() {
        server.close();
        others.forEach(FixtureServer::close);
        database.close();
    }

    private FeedRefresher refresher(RefreshSettings settings) {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        return new FeedRefresher(
                new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), 1_000_000, 5, "Presseschau-Test")),
                // The fixture servers are on loopback addresses.
                AddressPolicy.publicAndLoopback(), new FeedParser(), new ArticleExtractor(sanitizer), sanitizer,
                feeds, articles, settings, Clock.systemUTC());
    }

    /** A second server on 127.0.0.2: another host for the per-host limit. */
    private FixtureServer otherHost() {
        try {
            FixtureServer other = new FixtureServer(InetAddress.getByName("127.0.0.2"));
            others.add(other);
            return other;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] page(String title) {
        return ("<html><body><article><h1>" + title + "</h1><p>Die Bundesregierung hat am Mittwoch neue Pläne für den "
                + "Ausbau der Schienenwege vorgestellt. Die Arbeiten sollen im Frühjahr beginnen und fünf Jahre dauern."
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** A feed whose entries link to the given page paths on {@code pages}. */
    private static byte[] feed(FixtureServer pages, List<String> pagePaths) {
        StringBuilder items = new StringBuilder();
        for (String path : pagePaths) {
            items.append("<item><title>Meldung ").append(path).append("</title><link>").append(pages.url(path))
                    .append("</link><description>Kurz.</description></item>");
        }
        return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test</title><link>http://127.0.0.1/</link>"
                + "<description>Test</description>" + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> pagePaths(String feedName, int entries) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            paths.add("/" + feedName + "-artikel-" + i + ".html");
        }
        return paths;
    }

    /** Serves a feed and its pages as they are, and subscribes to it; returns its pages' paths. */
    private List<String> serveFeed(FixtureServer on, String name, int entries) {
        List<String> paths = pagePaths(name, entries);
        paths.forEach(path -> on.serve(path, FixtureServer.Response.ok("text/html; charset=utf-8", page(path))));
        on.serve("/" + name + ".xml", FixtureServer.Response.ok("application/rss+xml; charset=utf-8", feed(on, paths)));
        subscribe(on, name);
        return paths;
    }

    private void subscribe(FixtureServer on, String name) {
        subscriptions.add(new Subscription(on.url("/" + name + ".xml"), null, "Test", subscriptions.size()));
        feeds.sync(subscriptions, Clock.systemUTC().instant());
    }

    private static int requests(FixtureServer on, List<String> paths) {
        return paths.stream().mapToInt(path -> on.requestsTo(path).size()).sum();
    }

    private static int handled(RefreshReport report) {
        return report.extracted() + report.fromFeed() + report.failedArticles();
    }

    /** What one host sees: how many requests it answers at once, and whether it answered a feed and a page at once. */
    private static final class HostLoad {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger feedsInFlight = new AtomicInteger();
        final AtomicInteger pagesInFlight = new AtomicInteger();
        final AtomicBoolean feedAndPageAtOnce = new AtomicBoolean();
        final CountDownLatch pageAsked = new CountDownLatch(1);

        /** Answers slowly, so that requests overlap when the reader lets them. */
        HttpHandler answer(String contentType, byte[] body, boolean isFeed) {
            return answer(contentType, body, isFeed, false);
        }

        /**
         * As {@link #answer(String, byte[], boolean)}; a feed that {@code waitsForAPage} answers only once a page was
         * asked for (or after 5 s): a reader that fetches pages alongside feeds asks for one meanwhile, whether or not
         * its first commits were quick enough to beat the other feeds.
         */
        HttpHandler answer(String contentType, byte[] body, boolean isFeed, boolean waitsForAPage) {
            AtomicInteger ofKind = isFeed ? feedsInFlight : pagesInFlight;
            return exchange -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                ofKind.incrementAndGet();
                if (!isFeed) {
                    pageAsked.countDown();
                }
                if (feedsInFlight.get() > 0 && pagesInFlight.get() > 0) {
                    feedAndPageAtOnce.set(true);
                }
                try {
                    if (waitsForAPage) {
                        Waiting.await(pageAsked, 5);
                    }
                    Waiting.pause(100);
                    send(exchange, contentType, body);
                } finally {
                    ofKind.decrementAndGet();
                    inFlight.decrementAndGet();
                }
            };
        }
    }

    @Test
    void oneHostNeverGetsMoreThanItsLimitFromFeedsAndPagesTogether() {
        HostLoad load = new HostLoad();
        List<String> allPages = new ArrayList<>();
        for (int feed = 0; feed < 6; feed++) {
            String name = "feed" + feed;
            List<String> paths = pagePaths(name, 3);
            allPages.addAll(paths);
            paths.forEach(path -> server.handle(path, load.answer("text/html; charset=utf-8", page(path), false)));
            // The last feed waits for a page: the feeds of one host otherwise may all be answered before the first
            // feed's entries are committed, in a JVM that has not compiled the writer's code yet.
            server.handle("/" + name + ".xml", load.answer("application/rss+xml; charset=utf-8", feed(server, paths),
                    true, feed == 5));
            subscribe(server, name);
        }

        RefreshReport report = refresher(new RefreshSettings(4, 4, 2, 100, 100)).refresh(feeds.findSubscribed(),
                RefreshListener.NONE);

        assertEquals(18, report.newArticles());
        assertEquals(18, report.extracted());
        assertEquals(18, requests(server, allPages));
        assertEquals(2, load.most.get(), "requests at once to the one host, feeds and pages together");
        assertTrue(load.feedAndPageAtOnce.get(), "pages are fetched while feeds still are");
    }

    @Test
    void aFastFeedsPagesAreFetchedWhileASlowFeedIsStillInFlight() {
        List<String> fastPages = serveFeed(server, "schnell", 2);
        FixtureServer slowHost = otherHost();
        List<String> slowPages = pagePaths("langsam", 1);
        slowHost.serve(slowPages.get(0), FixtureServer.Response.ok("text/html; charset=utf-8", page("langsam")));
        CountDownLatch fastPageFetched = new CountDownLatch(1);
        AtomicBoolean slowFeedWaitedInVain = new AtomicBoolean();
        fastPages.forEach(path -> server.handle(path, exchange -> {
            fastPageFetched.countDown();
            send(exchange, "text/html; charset=utf-8", page(path));
        }));
        byte[] slowFeed = feed(slowHost, slowPages);
        slowHost.handle("/langsam.xml", exchange -> {
            // The slow feed answers once a page of the fast one was asked for, or gives up after a while.
            if (!Waiting.await(fastPageFetched, 5)) {
                slowFeedWaitedInVain.set(true);
            }
            send(exchange, "application/rss+xml; charset=utf-8", slowFeed);
        });
        subscribe(slowHost, "langsam");

        RefreshReport report = refresher(new RefreshSettings(4, 4, 2, 100, 100)).refresh(feeds.findSubscribed(),
                RefreshListener.NONE);

        assertFalse(slowFeedWaitedInVain.get(), "a page was fetched before the last feed was done");
        assertEquals(3, report.newArticles());
        assertEquals(3, report.extracted());
        assertEquals(2, requests(server, fastPages));
        assertEquals(1, requests(slowHost, slowPages));
    }

    @Test
    void pagesLeftByAnEarlierRunComeFirstAndEveryPageIsFetchedOnce() {
        List<String> first = serveFeed(server, "erster", 4);
        RefreshReport earlier = refresher(new RefreshSettings(2, 2, 2, 2, 100)).refresh(feeds.findSubscribed(),
                RefreshListener.NONE);
        List<String> second = serveFeed(otherHost(), "zweiter", 3);
        FixtureServer secondHost = others.get(0);

        RefreshReport next = refresher(new RefreshSettings(2, 2, 2, 4, 100)).refresh(feeds.findSubscribed(),
                RefreshListener.NONE);
        int firstAfterNext = requests(server, first);
        int secondAfterNext = requests(secondHost, second);
        int newestAfterNext = secondHost.requestsTo(second.get(2)).size();
        RefreshReport last = refresher(new RefreshSettings(2, 2, 2, 4, 100)).refresh(feeds.findSubscribed(),
                RefreshListener.NONE);

        assertEquals(2, handled(earlier));
        assertEquals(4, handled(next), "the run's limit counts the waiting pages and the new ones alike");
        assertEquals(4, firstAfterNext, "the two pages left waiting are fetched in the next run");
        assertEquals(2, secondAfterNext, "then the oldest of the new ones, up to the limit");
        assertEquals(0, newestAfterNext, "the newest waits for the run after");
        assertEquals(1, handled(last));
        assertEachFetchedOnce(server, first);
        assertEachFetchedOnce(secondHost, second);
        assertEquals(0, articles.countPendingExtraction());
    }

    @Test
    void smallSlicesAndManyFeedsStillFetchEveryPageOnceWithinTheLimit() {
        List<String> onFirst = new ArrayList<>();
        List<String> onSecond = new ArrayList<>();
        FixtureServer secondHost = otherHost();
        for (int feed = 0; feed < 4; feed++) {
            onFirst.addAll(serveFeed(server, "a" + feed, 4));
            onSecond.addAll(serveFeed(secondHost, "b" + feed, 4));
        }
        List<int[]> progress = new CopyOnWriteArrayList<>();
        RefreshListener listener = new RefreshListener() {
            @Override
            public void articlesDone(int done, int total) {
                progress.add(new int[] {done, total});
            }
        };

        RefreshReport capped = refresher(new RefreshSettings(3, 3, 2, 20, 3)).refresh(feeds.findSubscribed(), listener);
        int afterCapped = requests(server, onFirst) + requests(secondHost, onSecond);
        RefreshReport rest = refresher(new RefreshSettings(3, 3, 2, 20, 3)).refresh(feeds.findSubscribed(),
                RefreshListener.NONE);

        assertEquals(32, capped.newArticles());
        assertEquals(20, handled(capped));
        assertEquals(20, afterCapped);
        assertEquals(12, handled(rest));
        assertEachFetchedOnce(server, onFirst);
        assertEachFetchedOnce(secondHost, onSecond);
        assertEquals(20, progress.size());
        assertTrue(progress.stream().allMatch(p -> p[0] <= p[1] && p[1] <= 20), "done never above the running total");
        assertEquals(20, progress.stream().mapToInt(p -> p[1]).max().orElseThrow());
    }

    private static void assertEachFetchedOnce(FixtureServer host, List<String> paths) {
        for (String path : paths) {
            assertEquals(1, host.requestsTo(path).size(), path);
        }
    }

    private static void send(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

}
