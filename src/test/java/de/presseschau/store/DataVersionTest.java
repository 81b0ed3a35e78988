package de.presseschau.store;

import de.presseschau.model.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database's version grows with every write, and once more when a transaction that wrote ends. */
class DataVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void readingLeavesTheVersionAsItIs() {
        feeds.sync(List.of(new Subscription("https://a.example/rss", "Alpha", "Politik", 1)), NOW);
        long before = database.version().current();

        feeds.findSubscribed();
        articles.countByTopic();
        articles.findTeasers("Politik", 10, 0);

        assertEquals(before, database.version().current());
    }

    @Test
    void aWriteOutsideATransactionRaisesTheVersion() {
        long feedId = feeds.sync(List.of(new Subscription("https://a.example/rss", "Alpha", "Politik", 1)), NOW)
                .get(0).id();
        long before = database.version().current();

        feeds.requestCheck(feedId, NOW);

        assertTrue(database.version().current() > before);
    }

    @Test
    void aTransactionRaisesTheVersionAgainWhenItEnds() {
        long feedId = feeds.sync(List.of(new Subscription("https://a.example/rss", "Alpha", "Politik", 1)), NOW)
                .get(0).id();
        AtomicLong insideAfterWrite = new AtomicLong();

        articles.inOneTransaction(() -> {
            feeds.recordFailure(feedId, "Zeitüberschreitung", NOW);
            insideAfterWrite.set(database.version().current());
        });

        // A page made inside, before the commit, carries the number read there: it must count as outdated after.
        assertTrue(database.version().current() > insideAfterWrite.get());
    }

    @Test
    void aBatchOfInsertsInATransactionRaisesTheVersion() {
        long before = database.version().current();

        database.jdbi().useTransaction(handle -> handle.prepareBatch(
                        "INSERT INTO setting (name, setting_value) VALUES (:name, :value)")
                .bind("name", "a").bind("value", "1").add()
                .bind("name", "b").bind("value", "2").add()
                .execute());

        assertTrue(database.version().current() > before + 1, "once for the batch, once when its transaction ended");
    }

    @Test
    void onlyReadingStatementsCountAsNoChange() {
        assertFalse(DataVersion.isChange("SELECT 1"));
        assertFalse(DataVersion.isChange("  with t AS (SELECT 1) SELECT * FROM t"));
        assertFalse(DataVersion.isChange("(SELECT 1) UNION (SELECT 2)"));
        assertTrue(DataVersion.isChange("UPDATE article SET read_at = NULL"));
        assertTrue(DataVersion.isChange("MERGE INTO setting KEY (name) VALUES ('a', 'b')"));
        assertTrue(DataVersion.isChange("DELETE FROM article"));
        assertTrue(DataVersion.isChange("ALTER TABLE article ADD COLUMN x INT"));
    }
}
