package de.presseschau.store;

import de.presseschau.model.Feed;
import de.presseschau.model.FeedStatus;
import de.presseschau.model.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class FeedStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void syncAddsNewFeedsAsPendingInListOrder() {
        List<Feed> subscribed = feeds.sync(List.of(
                new Subscription("https://a.example/rss", "Alpha", "Politik", 2),
                new Subscription("https://b.example/rss", null, "Sport", 4)), NOW);

        assertEquals(List.of("https://a.example/rss", "https://b.example/rss"), subscribed.stream().map(Feed::url).toList());
        assertEquals(FeedStatus.PENDING, subscribed.get(0).status());
        assertEquals("Alpha", subscribed.get(0).title());
        assertEquals("Sport", subscribed.get(1).topic());
    }

    @Test
    void syncKeepsRemovedFeedsButNoLongerListsThemAsSubscribed() {
        feeds.sync(List.of(new Subscription("https://a.example/rss", null, "Politik", 1),
                new Subscription("https://b.example/rss", null, "Sport", 2)), NOW);

        List<Feed> subscribed = feeds.sync(List.of(new Subscription("https://b.example/rss", null, "Technik", 1)), NOW);

        assertEquals(1, subscribed.size());
        assertEquals("Technik", subscribed.get(0).topic());
        assertEquals(2, feeds.findAllWithCounts().size());
        assertFalse(feeds.findAllWithCounts().get(1).feed().subscribed());
    }

    @Test
    void failureIsShownUntilTheNextSuccessAndTheListTitleWinsOverTheFeedTitle() {
        long id = feeds.sync(List.of(new Subscription("https://a.example/rss", "Meine Liste", "Politik", 1)), NOW).get(0).id();

        feeds.recordFailure(id, "HTTP 500 (Serverfehler)", NOW);
        Feed failed = feeds.findById(id).orElseThrow();
        assertEquals(FeedStatus.ERROR, failed.status());
        assertEquals("HTTP 500 (Serverfehler)", failed.lastError());

        feeds.recordFetched(id, "Feed-Titel", "\"v1\"", "Fri, 27 Nov 2026 10:00:00 GMT", NOW.plusSeconds(60));
        Feed ok = feeds.findById(id).orElseThrow();
        assertEquals(FeedStatus.OK, ok.status());
        assertNull(ok.lastError());
        assertEquals("Meine Liste", ok.title());
        assertEquals("\"v1\"", ok.etag());
        assertEquals(NOW.plusSeconds(60), ok.lastFetchedAt());
    }

    @Test
    void notModifiedKeepsTheKnownValidators() {
        long id = feeds.sync(List.of(new Subscription("https://a.example/rss", null, "Politik", 1)), NOW).get(0).id();
        feeds.recordFetched(id, "Titel", "\"v1\"", "Fri, 27 Nov 2026 10:00:00 GMT", NOW);

        feeds.recordNotModified(id, null, null, NOW.plusSeconds(600));

        Feed feed = feeds.findById(id).orElseThrow();
        assertEquals("\"v1\"", feed.etag());
        assertEquals("Fri, 27 Nov 2026 10:00:00 GMT", feed.lastModified());
        assertEquals("Titel", feed.title());
    }
}
