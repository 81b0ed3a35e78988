package de.presseschau.web;

import de.presseschau.model.Subscription;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.testing.MutableClock;
import io.javalin.http.NotFoundResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages are made once while the database stays as it is, and made again after any write or after a few seconds. */
class PageCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final MutableClock clock = new MutableClock(NOW);
    private final PageCache cache = new PageCache(database.version(), clock);
    private final AtomicInteger made = new AtomicInteger();

    @AfterEach
    void close() {
        database.close();
    }

    private String frontPage() {
        return page("front", () -> "Startseite " + made.incrementAndGet());
    }

    private String page(String key, Supplier<String> render) {
        return new String(cache.html(key, render), StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsMadeOnceWhileNothingIsWritten() {
        assertEquals("Startseite 1", frontPage());
        clock.advance(PageCache.MAX_AGE.minusSeconds(1));

        assertEquals("Startseite 1", frontPage());
        assertEquals(1, made.get());
    }

    @Test
    void aWriteToTheDatabaseMakesThePageAgain() {
        assertEquals("Startseite 1", frontPage());

        feeds.sync(List.of(new Subscription("https://a.example/rss", "Alpha", "Politik", 1)), NOW);

        assertEquals("Startseite 2", frontPage());
        assertEquals("Startseite 2", frontPage());
    }

    @Test
    void aPageIsMadeAgainOnceItIsOlderThanItsMaximumAge() {
        frontPage();

        clock.advance(PageCache.MAX_AGE);

        assertEquals("Startseite 2", frontPage());
    }

    @Test
    void pagesAreKeptEachUnderItsOwnKey() {
        assertEquals("Politik", page("topic Politik", () -> "Politik"));
        assertEquals("Sport", page("topic Sport", () -> "Sport"));

        assertEquals("Politik", page("topic Politik", () -> "anders"));
    }

    @Test
    void aFailedPageIsNotKept() {
        assertThrows(NotFoundResponse.class, () -> page("topic Kochen", () -> {
            throw new NotFoundResponse("Das Thema „Kochen“ gibt es nicht.");
        }));

        assertEquals("Kochen", page("topic Kochen", () -> "Kochen"));
    }

    @Test
    void requestsArrivingWhileAPageIsMadeWaitForThatPage() throws Exception {
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> page("front", () -> {
            making.countDown();
            await(mayFinish);
            return "Startseite " + made.incrementAndGet();
        }));
        assertTrue(making.await(10, TimeUnit.SECONDS));

        CompletableFuture<String> second = CompletableFuture.supplyAsync(this::frontPage);
        Thread.sleep(300);
        mayFinish.countDown();

        assertEquals("Startseite 1", first.get(10, TimeUnit.SECONDS));
        assertEquals("Startseite 1", second.get(10, TimeUnit.SECONDS));
        assertEquals(1, made.get());
    }

    @Test
    void aWaitingRequestGetsTheSameErrorAsTheOneMakingThePage() throws Exception {
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> page("topic Kochen", () -> {
            making.countDown();
            await(mayFinish);
            throw new NotFoundResponse("Das Thema „Kochen“ gibt es nicht.");
        }));
        assertTrue(making.await(10, TimeUnit.SECONDS));
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> assertThrows(NotFoundResponse.class,
                () -> page("topic Kochen", () -> "Kochen")));
        Thread.sleep(300);
        mayFinish.countDown();

        assertTrue(second.get(10, TimeUnit.SECONDS) instanceof NotFoundResponse);
        assertThrows(Exception.class, () -> first.get(10, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void keepsAtMostItsNumberOfPages() {
        for (int page = 0; page <= PageCache.PAGES_KEPT; page++) {
            int number = page;
            page("page " + number, () -> "Seite " + number);
        }

        assertEquals("neu gemacht", page("page 0", () -> "neu gemacht"));
        assertEquals("Seite " + PageCache.PAGES_KEPT, page("page " + PageCache.PAGES_KEPT, () -> "neu"));
    }
}
