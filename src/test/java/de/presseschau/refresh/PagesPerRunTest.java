package de.presseschau.refresh;

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
import de.presseschau.testing.FixtureServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagesPerRunTest {

    private final FixtureServer server = new FixtureServer();
    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);

    @AfterEach
    void close() {
        server.close();
        database.close();
    }

    private FeedRefresher refresher(RefreshSettings settings) {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        return new FeedRefresher(
                new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 1_000_000, 5, "Presseschau-Test")),
                // The fixture server's pages are on 127.0.0.1.
                AddressPolicy.publicAndLoopback(), new FeedParser(), new ArticleExtractor(sanitizer), sanitizer,
                feeds, articles, settings, Clock.systemUTC());
    }

    /** A feed of {@code entries} items, each linking to its own article page on the fixture server. */
    private void serveFeedWithPages(int entries) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            String page = "/artikel-" + i + ".html";
            server.serve(page, Response.ok("text/html; charset=utf-8", ("<html><body><article><h1>Meldung " + i
                    + "</h1><p>Die Bundesregierung hat am Mittwoch neue Pläne für den Ausbau der Schienenwege "
                    + "vorgestellt. Die Arbeiten sollen im Frühjahr beginnen und fünf Jahre dauern.</p></article>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8)));
            items.append("<item><title>Meldung ").append(i).append("</title><link>").append(server.url(page))
                    .append("</link><description>Kurz.</description></item>");
        }
        server.serve("/feed.xml", Response.ok("application/rss+xml; charset=utf-8", ("<?xml version=\"1.0\"?><rss version=\"2.0\">"
                + "<channel><title>Test</title><link>http://127.0.0.1/</link><description>Test</description>" + items
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8)));
        feeds.sync(List.of(new Subscription(server.url("/feed.xml"), null, "Test", 0)), Clock.systemUTC().instant());
    }

    private int pageRequests() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            count += server.requestsTo("/artikel-" + i + ".html").size();
        }
        return count;
    }

    @Test
    void aRunFetchesNoMorePagesThanItsLimitAndTheNextRunTakesTheRest() {
        serveFeedWithPages(5);
        FeedRefresher refresher = refresher(new RefreshSettings(2, 2, 2, 3));

        RefreshReport first = refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);
        int afterFirst = pageRequests();
        RefreshReport second = refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

        assertEquals(5, first.newArticles());
        assertEquals(3, afterFirst);
        assertEquals(3, first.extracted() + first.fromFeed() + first.failedArticles());
        assertEquals(2, second.extracted() + second.fromFeed() + second.failedArticles());
        assertEquals(5, pageRequests());
    }

    @Test
    void aListenerThatFailsStopsNeitherFeedsNorPages() {
        serveFeedWithPages(4);
        RefreshListener failing = new RefreshListener() {
            @Override
            public void feedDone(FeedOutcome outcome, int done, int total) {
                throw new IllegalStateException("console closed");
            }

            @Override
            public void articlesDone(int done, int total) {
                throw new IllegalStateException("console closed");
            }
        };

        RefreshReport report = refresher(new RefreshSettings(2, 2, 2, 10)).refresh(feeds.findSubscribed(), failing);

        assertEquals(4, report.newArticles());
        assertEquals(4, report.extracted() + report.fromFeed() + report.failedArticles());
        assertEquals(4, pageRequests());
    }

    @Test
    void pagesAreReadInSlicesYetEveryPageUpToTheLimitIsFetchedOnceAndCounted() {
        serveFeedWithPages(5);
        List<int[]> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        RefreshListener listener = new RefreshListener() {
            @Override
            public void articlesDone(int done, int total) {
                progress.add(new int[] {done, total});
            }
        };

        RefreshReport first = refresher(new RefreshSettings(2, 2, 2, 4, 2)).refresh(feeds.findSubscribed(), listener);

        assertEquals(4, first.extracted() + first.fromFeed() + first.failedArticles());
        assertEquals(4, pageRequests());
        assertEquals(List.of(1, 2, 3, 4), progress.stream().map(p -> p[0]).sorted().toList());
        // The total is a running one (pages may come while feeds are fetched): never below what is done, at last the limit.
        assertTrue(progress.stream().allMatch(p -> p[0] <= p[1] && p[1] <= 4));
        assertEquals(4, progress.stream().mapToInt(p -> p[1]).max().orElseThrow());
        RefreshReport second = refresher(new RefreshSettings(2, 2, 2, 4, 2)).refresh(feeds.findSubscribed(), listener);
        assertEquals(1, second.extracted() + second.fromFeed() + second.failedArticles());
        assertEquals(5, pageRequests());
    }

    @Test
    void theReadersDefaultLimitStaysWhenOnlyConcurrencyIsGiven() {
        assertEquals(RefreshSettings.DEFAULT_MAX_PAGES_PER_RUN, new RefreshSettings(8, 8, 2).maxPagesPerRun());
        assertEquals(5_000, RefreshSettings.defaults().maxPagesPerRun());
    }

    @Test
    void feedsAndPagesTogetherAreBoundByTheLargerOfTheirBounds() {
        assertEquals(8, new RefreshSettings(4, 8).totalConcurrency());
        assertEquals(6, new RefreshSettings(6, 2).totalConcurrency());
    }

    @Test
    void aLimitBelowOnePageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RefreshSettings(8, 8, 2, 0));
    }
}
