package de.presseschau.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.presseschau.model.Extraction;
import de.presseschau.model.Subscription;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.BodyOutcome;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.NewEntry;
import de.presseschau.store.PageBody;
import de.presseschau.store.StoredEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The refresh's one database writer: results only once committed, writes close together in one transaction, and a
 * failing write takes no other with it.
 */
class BatchWriterTest {

    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final Instant now = Instant.parse("2026-11-20T08:00:00Z");

    @AfterEach
    void close() {
        database.close();
    }

    private long feedId() {
        return feeds.sync(List.of(new Subscription("https://a.example/rss", "A", "Politik", 1)), now).get(0).id();
    }

    private NewEntry entry(long feedId, int n) {
        return new NewEntry(feedId, "e" + n, "https://a.example/artikel/" + n, "Meldung " + n, now,
                "<p>Kurz</p>", "Kurz", "<p>Kurz</p>", "Kurz");
    }

    @Test
    void storesWhatManyThreadsHandOverAndAnswersEachWithItsOwnResult() throws Exception {
        long feedId = feedId();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<List<StoredEntry>>> results = new ArrayList<>();
        try (BatchWriter writer = new BatchWriter(articles)) {
            for (int i = 0; i < 40; i++) {
                NewEntry entry = entry(feedId, i);
                results.add(threads.submit(() -> writer.call(() -> articles.addEntries(List.of(entry), now))));
            }
            for (Future<List<StoredEntry>> result : results) {
                assertEquals(true, result.get().get(0).isNewArticle());
            }
        } finally {
            threads.shutdown();
        }

        assertEquals(40, articles.countAll());
        assertEquals(40, articles.findPendingExtraction(100).size());
    }

    @Test
    void aWriteHandedOverWhileABatchGathersJoinsItsTransaction() throws Exception {
        long feedId = feedId();
        AtomicInteger goodRuns = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        // Generous gaps, so a slow machine still hands the second write over while the first one's batch gathers.
        try (BatchWriter writer = new BatchWriter(articles, Duration.ofSeconds(1), Duration.ofSeconds(2))) {
            Future<?> good = threads.submit(() -> writer.call(() -> {
                goodRuns.incrementAndGet();
                return articles.addEntries(List.of(entry(feedId, 1)), now);
            }));
            Thread.sleep(200);
            Future<?> failing = threads.submit(() -> writer.call(() -> {
                throw new IllegalStateException("kaputt");
            }));
            good.get();
            assertThrows(Exception.class, failing::get);
        } finally {
            threads.shutdown();
        }

        // The failing write took the batch down, the good one with it, which was then written again alone.
        assertEquals(2, goodRuns.get());
        assertEquals(1, articles.countAll());
    }

    @Test
    void aWriteThatFailsInABatchFailsAloneAndTheOthersAreKept() throws Exception {
        long feedId = feedId();
        List<StoredEntry> stored = articles.addEntries(List.of(entry(feedId, 1), entry(feedId, 2)), now);
        long good = stored.get(0).articleId();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (BatchWriter writer = new BatchWriter(articles)) {
            Future<?> failing = threads.submit(() -> writer.call(() -> {
                articles.saveBodies(List.of(new BodyOutcome.Fallback(stored.get(1).articleId(), Extraction.FEED, "x")));
                throw new IllegalStateException("kaputt");
            }));
            Future<?> fine = threads.submit(() -> writer.call(() -> {
                articles.saveBodies(List.of(new BodyOutcome.FromPage(good,
                        new PageBody("<p>Ganzer Text</p>", "Ganzer Text", null, null, Extraction.EXTRACTED, null))));
                return null;
            }));
            fine.get();
            Exception failure = assertThrows(Exception.class, failing::get);
            assertEquals("kaputt", failure.getCause().getMessage());
        } finally {
            threads.shutdown();
        }

        assertEquals(Extraction.EXTRACTED, articles.findById(good).orElseThrow().extraction());
        assertEquals(Extraction.PENDING, articles.findById(stored.get(1).articleId()).orElseThrow().extraction(),
                "the failing write's own change is rolled back");
    }
}
