package de.presseschau.refresh;

import de.presseschau.model.Subscription;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.NewEntry;
import de.presseschau.store.ReadingStateStore;
import de.presseschau.store.RetentionStore;
import de.presseschau.store.SectionStore;
import de.presseschau.store.StoredEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final long[] feedIds = feeds.sync(List.of(new Subscription("https://a.example/rss", "A", "Politik", 1),
            new Subscription("https://b.example/rss", "B", "Wirtschaft", 2)), NOW).stream().mapToLong(f -> f.id()).toArray();

    @AfterEach
    void close() {
        database.close();
    }

    private Retention retention(int days, int perFeed) {
        return new Retention(new RetentionStore(database), new RetentionSettings(Duration.ofDays(days), perFeed),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Stores an entry as a refresh {@code ageDays} ago would have, published then. */
    private StoredEntry add(long feedId, String key, String url, int ageDays) {
        Instant then = NOW.minus(Duration.ofDays(ageDays));
        return articles.addEntry(new NewEntry(feedId, key, url, "Meldung " + key, then, "<p>Kurz</p>", "Kurz",
                "<p>Kurz</p>", "Kurz"), then);
    }

    @Test
    void neverRemovesAStarredArticle() {
        StoredEntry starred = add(feedIds[0], "gemerkt", "https://a.example/gemerkt", 400);
        add(feedIds[0], "vergessen", "https://a.example/vergessen", 400);
        new ReadingStateStore(database).star(starred.articleId(), NOW);

        assertEquals(1, retention(90, 1).run());

        assertTrue(articles.findById(starred.articleId()).isPresent());
    }

    @Test
    void removesArticlesOlderThanTheDaysKept() {
        StoredEntry old = add(feedIds[0], "alt", "https://a.example/alt", 91);
        StoredEntry fresh = add(feedIds[0], "neu", "https://a.example/neu", 89);

        assertEquals(1, retention(90, 1000).run());

        assertFalse(articles.findById(old.articleId()).isPresent());
        assertTrue(articles.findById(fresh.articleId()).isPresent());
    }

    @Test
    void keepsAtMostTheNewestArticlesOfEachFeed() {
        for (int i = 1; i <= 5; i++) {
            add(feedIds[0], "a" + i, "https://a.example/" + i, 10 - i);
        }
        add(feedIds[1], "b1", "https://b.example/1", 30);

        assertEquals(2, retention(90, 3).run());

        assertEquals(4, articles.countAll());
        assertEquals(List.of("Meldung a5", "Meldung a4", "Meldung a3", "Meldung b1"),
                articles.findTeasers(null, 10, 0).stream().map(t -> t.title()).toList());
    }

    @Test
    void keepsAnArticleThatAnotherFeedStillCounts() {
        StoredEntry shared = add(feedIds[0], "a-alt", "https://news.example/gemeinsam", 20);
        add(feedIds[0], "a-neu", "https://a.example/neu", 1);
        add(feedIds[1], "b-gemeinsam", "https://news.example/gemeinsam", 20);

        // Feed A keeps only its newest; feed B still counts the shared article within its single place.
        assertEquals(0, retention(90, 1).run());
        assertTrue(articles.findById(shared.articleId()).isPresent());
    }

    @Test
    void removedArticlesNeverComeBackAsNewWhileFeedsStillListThem() {
        StoredEntry old = add(feedIds[0], "guid-alt", "https://news.example/alt", 100);
        new SectionStore(database).addCategories(old.articleId(), List.of("Inland"));
        retention(90, 1000).run();

        StoredEntry sameEntry = add(feedIds[0], "guid-alt", "https://news.example/alt", 0);
        StoredEntry sameUrlElsewhere = add(feedIds[1], "b-anders", "https://news.example/alt", 0);

        assertEquals(StoredEntry.REMOVED, sameEntry);
        assertEquals(StoredEntry.REMOVED, sameUrlElsewhere);
        assertEquals(0, articles.countAll());
        assertTrue(add(feedIds[0], "guid-neu", "https://news.example/neu", 0).isNewArticle());
    }

    @Test
    void aSecondRunRemovesNothingMore() {
        add(feedIds[0], "alt", "https://a.example/alt", 200);
        Retention retention = retention(90, 1000);

        assertEquals(1, retention.run());
        assertEquals(0, retention.run());
    }
}
