package de.presseschau.refresh;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.model.FetchLogEntry;
import de.presseschau.model.Subscription;
import de.presseschau.parse.FeedParser;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.FetchLogStore;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fetch log that a feed's diagnostics page shows, written by a real refresh over real HTTP. */
class FetchLoggingTest {

    private final FixtureServer server = new FixtureServer();
    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final FetchLogStore fetchLog = new FetchLogStore(database);
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final FeedRefresher refresher = new FeedRefresher(
            new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 5_000_000, 5, "Presseschau-Test")),
            AddressPolicy.publicAndLoopback(), new FeedParser(), new ArticleExtractor(sanitizer), sanitizer, feeds, articles,
            RefreshSettings.defaults(), ScheduleSettings.defaults(), new SplittableRandom(1), Clock.systemUTC(),
            new FetchLogging(fetchLog));

    @AfterEach
    void close() {
        server.close();
        database.close();
    }

    @Test
    void eachFetchIsLoggedWithStatusSizeEncodingNewArticlesAndError() {
        byte[] latin = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Süd</title>"
                + "<link>http://127.0.0.1/</link><description>x</description><item><title>Größe</title>"
                + "<link>" + server.url("/fehlt") + "</link><guid>1</guid><description>Straße</description></item>"
                + "</channel></rss>").getBytes(Charset.forName("windows-1252"));
        server.serve("/latin.xml", Response.ok("text/xml", latin).withValidators("\"v1\"", null));
        server.serve("/kaputt.xml", Response.status(503));
        feeds.sync(List.of(new Subscription(server.url("/latin.xml"), null, "A", 0),
                new Subscription(server.url("/kaputt.xml"), null, "B", 1)), Clock.systemUTC().instant());
        long good = feeds.findSubscribed().get(0).id();
        long broken = feeds.findSubscribed().get(1).id();

        refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);
        refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

        List<FetchLogEntry> goodLog = fetchLog.findRecent(good);
        assertEquals(List.of("not_modified", "fetched"), goodLog.stream().map(FetchLogEntry::outcome).toList());
        FetchLogEntry first = goodLog.get(1);
        assertEquals(200, first.httpStatus());
        assertEquals(latin.length, first.bytes());
        assertEquals("windows-1252", first.encoding(), "ISO-8859-1 is read as windows-1252");
        assertEquals(1, first.newArticles());
        assertNull(first.error());
        assertTrue(first.fetchedAt() != null && !first.took().isNegative());
        assertEquals(304, goodLog.get(0).httpStatus());
        FetchLogEntry failure = fetchLog.findRecent(broken).get(0);
        assertEquals("failed", failure.outcome());
        assertEquals(503, failure.httpStatus());
        assertTrue(failure.error() != null && !failure.error().isBlank());
    }

    @Test
    void onlyTheNewestFetchesOfAFeedAreKept() {
        server.serve("/kaputt.xml", Response.status(404));
        feeds.sync(List.of(new Subscription(server.url("/kaputt.xml"), null, "B", 0)), Clock.systemUTC().instant());
        long id = feeds.findSubscribed().get(0).id();
        for (int i = 0; i < FetchLogStore.KEPT_PER_FEED + 5; i++) {
            fetchLog.add(new FetchLogEntry(id, Clock.systemUTC().instant(), "failed", 400 + i, 0, Duration.ZERO, null, 0,
                    "Fehler " + i));
        }

        List<FetchLogEntry> kept = fetchLog.findRecent(id);
        assertEquals(FetchLogStore.KEPT_PER_FEED, kept.size());
        assertEquals("Fehler " + (FetchLogStore.KEPT_PER_FEED + 4), kept.get(0).error());
        assertEquals("Fehler 5", kept.get(kept.size() - 1).error());
    }
}
