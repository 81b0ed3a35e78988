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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The one orchestrator: fetches and parses feeds concurrently (bounded in all and per host), stores their entries, and
 * gives every new article its body; a feed's pages are fetched as soon as its entries are stored, alongside the other
 * feeds. One broken feed or page never stops the others; its error is recorded on its row.
 */
public final class FeedRefresher {

    private static final Logger log = LoggerFactory.getLogger(FeedRefresher.class);

    private final FeedUpdater feedUpdater;
    private final BodyUpdater bodyUpdater;
    private final ArticleStore articles;
    private final PoliteRunner runner;
    private final int feedConcurrency;
    private final int pageConcurrency;
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
        this.runner = new PoliteRunner(settings.totalConcurrency(), settings.perHost());
        this.feedConcurrency = settings.feedConcurrency();
        this.pageConcurrency = settings.pageConcurrency();
        this.maxPagesPerRun = settings.maxPagesPerRun();
        this.pagesPerSlice = settings.pagesPerSlice();
    }

    /** True while a refresh runs. */
    public boolean isRunning() {
        return running.isLocked();
    }

    /**
     * Refreshes the given feeds and extracts the articles waiting for their page, oldest first, at most
     * {@code maxPagesPerRun}: those left by earlier runs and those the feeds bring, each as soon as its feed's entries
     * are stored. Runs one at a time.
     */
    public RefreshReport refresh(List<Feed> toRefresh, RefreshListener listener) {
        running.lock();
        try {
            Instant start = clock.instant();
            FeedOutcome[] outcomes = new FeedOutcome[toRefresh.size()];
            PageTally tally = new PageTally();
            PendingPages pages = new PendingPages(articles, maxPagesPerRun, pagesPerSlice, toRefresh.size());
            try (BatchWriter writer = new BatchWriter(articles)) {
                runner.run(List.of(feedLane(toRefresh, outcomes, pages, listener, writer),
                        pageLane(pages, tally, listener, writer)));
            }
            runAfterRefresh();
            return new RefreshReport(List.of(outcomes), tally.extracted.get(), tally.fromFeed.get(), tally.failed.get(),
                    Duration.between(start, clock.instant()));
        } finally {
            running.unlock();
        }
    }

    /** The feeds, by their place in the list, so the report keeps their order. */
    private PoliteRunner.Lane<Integer> feedLane(List<Feed> toRefresh, FeedOutcome[] outcomes, PendingPages pages,
                                                RefreshListener listener, BatchWriter writer) {
        AtomicInteger done = new AtomicInteger();
        List<Integer> places = IntStream.range(0, toRefresh.size()).boxed().toList();
        return new PoliteRunner.Lane<>("feed", feedConcurrency, PoliteRunner.Source.of(places),
                place -> toRefresh.get(place).urlToFetch(), (place, requestsDone) -> {
                    FeedOutcome outcome = updateSafely(toRefresh.get(place), writer, requestsDone);
                    outcomes[place] = outcome;
                    // Its entries are committed by now, so their pages may be read and fetched. A failure may come
                    // after the entries were stored, so only an unchanged feed surely brought none.
                    pages.feedDone(outcome.kind() != FeedOutcome.Kind.NOT_MODIFIED);
                    tell(() -> listener.feedDone(outcome, done.incrementAndGet(), toRefresh.size()));
                });
    }

    /** The article pages, reported against the running total of pages taken on so far. */
    private PoliteRunner.Lane<PendingArticle> pageLane(PendingPages pages, PageTally tally, RefreshListener listener,
                                                       BatchWriter writer) {
        AtomicInteger done = new AtomicInteger();
        return new PoliteRunner.Lane<>("page", pageConcurrency, pages, PendingArticle::url, (article, requestsDone) -> {
            tally.count(updateBodySafely(article, writer, requestsDone));
            tell(() -> listener.articlesDone(done.incrementAndGet(), pages.taken()));
        });
    }

    /** Progress is news, not work: a listener that fails is logged, and the run goes on (a failing task stops it). */
    private static void tell(Runnable progress) {
        try {
            progress.run();
        } catch (RuntimeException e) {
            log.warn("A progress listener failed: {}", e.toString());
        }
    }

    private FeedOutcome updateSafely(Feed feed, BatchWriter writer, Runnable requestsDone) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        FeedOutcome outcome;
        try {
            outcome = feedUpdater.update(feed, writer, requestsDone);
        } catch (RuntimeException e) {
            log.error("Refreshing {} failed", feed.url(), e);
            requestsDone.run();
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
     * Fetches and extracts on the calling thread; the body is stored with the writer's next batch, before it counts as
     * done. The page's request slot is free while it is extracted and waits for the writer.
     */
    private Extraction updateBodySafely(PendingArticle article, BatchWriter writer, Runnable requestsDone) {
        BodyOutcome outcome;
        try {
            outcome = bodyUpdater.decide(article, requestsDone);
        } catch (RuntimeException e) {
            log.warn("Extracting {} failed", article.url(), e);
            outcome = bodyUpdater.fallBack(article, "Fehler beim Extrahieren: " + e.getMessage());
        }
        BodyOutcome decided = outcome;
        requestsDone.run();
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

    /** How the article pages of a run went, counted from the page workers. */
    private static final class PageTally {
        final AtomicInteger extracted = new AtomicInteger();
        final AtomicInteger fromFeed = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();

        void count(Extraction outcome) {
            (outcome == Extraction.EXTRACTED || outcome == Extraction.PAYWALL ? extracted
                    : outcome == Extraction.FEED ? fromFeed : failed).incrementAndGet();
        }
    }
}
