package de.presseschau.refresh;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.Fetcher;
import de.presseschau.model.Extraction;
import de.presseschau.model.Feed;
import de.presseschau.parse.FeedParser;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.FeedStore;
import de.presseschau.store.PendingArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The one orchestrator: fetches and parses feeds concurrently (bounded), stores their entries, then gives
 * every new article its body. One broken feed or page never stops the others; its error is recorded on its row.
 */
public final class FeedRefresher {

    /** Articles handled per run; the rest wait for the next one, so a huge backlog cannot block a refresh forever. */
    private static final int MAX_PAGES_PER_RUN = 5_000;

    private static final Logger log = LoggerFactory.getLogger(FeedRefresher.class);

    private final FeedUpdater feedUpdater;
    private final BodyUpdater bodyUpdater;
    private final ArticleStore articles;
    private final FeedStore feeds;
    private final RefreshSettings settings;
    private final Clock clock;
    private final ArticleSteps steps;
    private final ReentrantLock running = new ReentrantLock();

    public FeedRefresher(Fetcher fetcher, FeedParser parser, ArticleExtractor extractor, HtmlSanitizer sanitizer,
                         FeedStore feeds, ArticleStore articles, RefreshSettings settings, Clock clock) {
        this(fetcher, parser, extractor, sanitizer, feeds, articles, settings, clock, ArticleSteps.NONE);
    }

    /** {@code steps} see every stored entry and run at the end of each refresh (sections are sorted there). */
    public FeedRefresher(Fetcher fetcher, FeedParser parser, ArticleExtractor extractor, HtmlSanitizer sanitizer,
                         FeedStore feeds, ArticleStore articles, RefreshSettings settings, Clock clock,
                         ArticleSteps steps) {
        this.steps = steps;
        this.feedUpdater = new FeedUpdater(fetcher, parser, new EntryPreparer(sanitizer, clock), feeds, articles, clock, steps);
        this.bodyUpdater = new BodyUpdater(fetcher, extractor, articles);
        this.articles = articles;
        this.feeds = feeds;
        this.settings = settings;
        this.clock = clock;
    }

    /** True while a refresh runs. */
    public boolean isRunning() {
        return running.isLocked();
    }

    /** Refreshes the given feeds, then extracts every article still waiting for its page. Runs one at a time. */
    public RefreshReport refresh(List<Feed> toRefresh, RefreshListener listener) {
        running.lock();
        try {
            Instant start = clock.instant();
            List<FeedOutcome> outcomes = refreshFeeds(toRefresh, listener);
            int[] bodies = updateBodies(listener);
            runAfterRefresh();
            return new RefreshReport(outcomes, bodies[0], bodies[1], bodies[2], Duration.between(start, clock.instant()));
        } finally {
            running.unlock();
        }
    }

    private List<FeedOutcome> refreshFeeds(List<Feed> toRefresh, RefreshListener listener) {
        return inParallel(toRefresh, settings.feedConcurrency(), "feed", this::updateSafely,
                (outcome, done) -> listener.feedDone(outcome, done, toRefresh.size()));
    }

    private FeedOutcome updateSafely(Feed feed) {
        try {
            return feedUpdater.update(feed);
        } catch (RuntimeException e) {
            log.error("Refreshing {} failed", feed.url(), e);
            String message = "Interner Fehler: " + e;
            feeds.recordFailure(feed.id(), message, clock.instant());
            return FeedOutcome.failed(feed, message);
        }
    }

    private void runAfterRefresh() {
        try {
            steps.afterRefresh();
        } catch (RuntimeException e) {
            // Sorting is a refinement: the articles are stored and shown even when it fails.
            log.error("The step after the refresh failed", e);
        }
    }

    /** Returns counts of extracted, kept-from-feed and failed articles. */
    private int[] updateBodies(RefreshListener listener) {
        List<PendingArticle> pending = articles.findPendingExtraction(MAX_PAGES_PER_RUN);
        int[] counts = new int[3];
        for (Extraction outcome : inParallel(pending, settings.pageConcurrency(), "page", this::updateBodySafely,
                (outcome, done) -> listener.articlesDone(done, pending.size()))) {
            counts[outcome == Extraction.EXTRACTED ? 0 : outcome == Extraction.FEED ? 1 : 2]++;
        }
        return counts;
    }

    private Extraction updateBodySafely(PendingArticle article) {
        try {
            return bodyUpdater.update(article);
        } catch (RuntimeException e) {
            log.warn("Extracting {} failed", article.url(), e);
            return bodyUpdater.fallBack(article, "Fehler beim Extrahieren: " + e.getMessage());
        }
    }

    /** Runs the task on every item with at most {@code threads} at once; results in the items' order. */
    private static <T, R> List<R> inParallel(List<T> items, int threads, String name, Function<T, R> task,
                                             BiConsumer<R, Integer> onEach) {
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), daemon(name));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    R result = task.apply(item);
                    onEach.accept(result, done.incrementAndGet());
                    return result;
                }));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Refresh interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Refresh step failed", e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "refresh-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
