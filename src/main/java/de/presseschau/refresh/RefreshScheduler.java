package de.presseschau.refresh;

import de.presseschau.model.Feed;
import de.presseschau.model.FeedStatus;
import de.presseschau.subscribe.FeedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a full refresh at start and then every interval, and watches feeds.txt: feeds added to the file are
 * fetched within seconds, removed ones are no longer fetched.
 */
public final class RefreshScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RefreshScheduler.class);

    private final FeedListSync sync;
    private final FeedRefresher refresher;
    private final Duration interval;
    private final Duration watchEvery;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "refresh-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public RefreshScheduler(FeedListSync sync, FeedRefresher refresher, Duration interval, Duration watchEvery) {
        this.sync = sync;
        this.refresher = refresher;
        this.interval = interval;
        this.watchEvery = watchEvery;
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::refreshAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::pickUpListChanges, watchEvery.toMillis(), watchEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refreshAll() {
        try {
            logProblems(sync.sync());
            RefreshReport report = refresher.refresh(sync.subscribed(), RefreshListener.NONE);
            log.info("Refresh done in {} s: {} feeds ok, {} failed, {} new articles ({} extracted, {} from the feed)",
                    report.took().toSeconds(), report.feedsOk(), report.failures().size(), report.newArticles(),
                    report.extracted(), report.fromFeed());
        } catch (RuntimeException e) {
            // Keep the schedule alive: the next run may succeed (e.g. once feeds.txt is readable again).
            log.error("Refresh failed: {}", e.getMessage(), e);
        }
    }

    private void pickUpListChanges() {
        try {
            if (!sync.hasFileChanged()) {
                return;
            }
            log.info("feeds.txt changed, reloading");
            logProblems(sync.sync());
            List<Feed> added = sync.subscribed().stream()
                    .filter(feed -> feed.status() == FeedStatus.PENDING && feed.lastFetchedAt() == null)
                    .toList();
            if (!added.isEmpty()) {
                refresher.refresh(added, RefreshListener.NONE);
            }
        } catch (RuntimeException e) {
            log.error("Reloading feeds.txt failed: {}", e.getMessage(), e);
        }
    }

    private static void logProblems(FeedList list) {
        list.problems().forEach(problem -> log.warn("{}", problem));
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
