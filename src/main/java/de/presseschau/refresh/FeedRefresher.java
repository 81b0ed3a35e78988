package de.presseschau.refresh;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.FeedDiscovery;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.model.Extraction;
import de.presseschau.model.Feed;
import de.presseschau.parse.FeedParser;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.BodyOutcome;
import de.presseschau.store.FeedStore;
import de.presseschau.store.PendingArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * The one orchestrator: fetches and parses feeds concurrently (bounded in all and per host), stores their entries, then gives
 * every new article its body. One broken feed or page never stops the others; its error is recorded on its row.
 */
public final class FeedRefresher {

    private static final Logger log = LoggerFactory.getLogger(FeedRefresher.class);

    private final FeedUpdater feedUpdater;
    private final BodyUpdater bodyUpdater;
    private final ArticleStore articles;
    private final PoliteRunner feedRunner;
    private final PoliteRunner pageRunner;
    private final Clock clock;
    private final ArticleSteps steps;
    private final int maxPagesPerRun;
    private final int pagesPerSlice;
    private final ReentrantLock running = new ReentrantLock();

    /** {@code pages} says which addresses article pages may come from (feeds may come from any). */
    public FeedRefresher(Fetcher fetcher, AddressPolicy pages, FeedParser parser, ArticleExtractor extractor,
                         HtmlSanitizer sanitizer, FeedStore feeds, ArticleStore articles, RefreshSettings settings,
                         Clock clock) {
        this(fetcher, pages, parser, extractor, sanitizer, feeds, articles, settings, ScheduleSettings.defaults(),
                new SplittableRandom(), clock, ArticleSteps.NONE);
    }

    /**
     * {@code random} spreads the retries of failing feeds (jitter); tests pass a seeded one. {@code steps} see
     * every stored entry and run at the end of each refresh (sections are sorted there).
     */
    public FeedRefresher(Fetcher fetcher, AddressPolicy pages, FeedParser parser, ArticleExtractor extractor,
                         HtmlSanitizer sanitizer, FeedStore feeds, ArticleStore articles, RefreshSettings settings,
                         ScheduleSettings schedule, RandomGenerator random, Clock clock, ArticleSteps steps) {
        this.steps = steps;
        this.feedUpdater = new FeedUpdater(fetcher, parser, new FeedDiscovery(), new EntryPreparer(sanitizer, clock),
                new SchedulePolicy(schedule, random), feeds, articles, clock, steps);
        this.bodyUpdater = new BodyUpdater(fetcher, pages, extractor, articles);
        this.articles = articles;
        this.clock = clock;
        this.feedRunner = new PoliteRunner(settings.feedConcurrency(), settings.perHost(), "feed");
        this.pageRunner = new PoliteRunner(settings.pageConcurrency(), settings.perHost(), "page");
        this.maxPagesPerRun = settings.maxPagesPerRun();
        this.pagesPerSlice = settings.pagesPerSlice();
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
            List<FeedOutcome> outcomes;
            int[] bodies;
            try (BatchWriter writer = new BatchWriter(articles)) {
                outcomes = refreshFeeds(toRefresh, listener, writer);
                bodies = updateBodies(listener, writer);
            }
            runAfterRefresh();
            return new RefreshReport(outcomes, bodies[0], bodies[1], bodies[2], Duration.between(start, clock.instant()));
        } finally {
            running.unlock();
        }
    }

    private List<FeedOutcome> refreshFeeds(List<Feed> toRefresh, RefreshListener listener, BatchWriter writer) {
        return feedRunner.run(toRefresh, Feed::urlToFetch, feed -> updateSafely(feed, writer),
                (outcome, done) -> listener.feedDone(outcome, done, toRefresh.size()));
    }

    private FeedOutcome updateSafely(Feed feed, BatchWriter writer) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        FeedOutcome outcome;
        try {
            outcome = feedUpdater.update(feed, writer);
        } catch (RuntimeException e) {
            log.error("Refreshing {} failed", feed.url(), e);
            outcome = feedUpdater.fail(feed, "internal", 0, "Interner Fehler: " + e, null, writer);
        }
        outcome = outcome.timed(started, Duration.ofNanos(System.nanoTime() - start));
        steps.feedDone(outcome);
        return outcome;
    }

    private void runAfterRefresh() {
        try {
            steps.afterRefresh();
        } catch (RuntimeException e) {
            // Sorting is a refinement: the articles are stored and shown even when it fails.
            log.error("The step after the refresh failed", e);
        }
    }

    /**
     * Returns counts of extracted, kept-from-feed and failed articles. The waiting articles are read and fetched in
     * slices, oldest first, so a first refresh of many feeds holds one slice in memory, not every new article.
     */
    private int[] updateBodies(RefreshListener listener, BatchWriter writer) {
        int total = Math.min(maxPagesPerRun, articles.countPendingExtraction());
        int[] counts = new int[3];
        int started = 0;
        long afterId = 0;
        while (started < total) {
            List<PendingArticle> slice = articles.findPendingExtraction(afterId, Math.min(pagesPerSlice, total - started));
            if (slice.isEmpty()) {
                break;
            }
            int before = started;
            for (Extraction outcome : pageRunner.run(slice, PendingArticle::url, article -> updateBodySafely(article, writer),
                    (outcome, done) -> listener.articlesDone(before + done, total))) {
                counts[outcome == Extraction.EXTRACTED || outcome == Extraction.PAYWALL ? 0 : outcome == Extraction.FEED ? 1 : 2]++;
            }
            started += slice.size();
            afterId = slice.get(slice.size() - 1).id();
        }
        return counts;
    }

    /** Fetches and extracts on the calling thread; the body is stored with the writer's next batch, before it counts as done. */
    private Extraction updateBodySafely(PendingArticle article, BatchWriter writer) {
        BodyOutcome outcome;
        try {
            outcome = bodyUpdater.decide(article);
        } catch (RuntimeException e) {
            log.warn("Extracting {} failed", article.url(), e);
            outcome = bodyUpdater.fallBack(article, "Fehler beim Extrahieren: " + e.getMessage());
        }
        BodyOutcome decided = outcome;
        try {
            writer.call(() -> {
                articles.saveBodies(List.of(decided));
                return null;
            });
            return decided.extraction();
        } catch (RuntimeException e) {
            log.warn("Storing the body of {} failed", article.url(), e);
            writer.call(() -> {
                articles.saveFallback(article.id(), Extraction.FAILED, "Fehler beim Speichern: " + e.getMessage());
                return null;
            });
            return Extraction.FAILED;
        }
    }
}
