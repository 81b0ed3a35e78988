package de.presseschau.refresh;

import de.presseschau.model.Feed;
import de.presseschau.store.FeedStore;
import de.presseschau.subscribe.FeedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes up every short tick, picks up changes to feeds.txt and refreshes the feeds that are due: each feed has
 * its own next check time in the database, so added feeds and "refresh now" requests are served within a tick.
 */
public final class RefreshScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RefreshScheduler.class);

    private final FeedListSync sync;
    private final FeedStore feeds;
    private final FeedRefresher refresher;
    private final Clock clock;
    private final Duration tick;
    private boolean synced;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "refresh-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public RefreshScheduler(FeedListSync sync, FeedStore feeds, FeedRefresher refresher, Clock clock, Duration tick) {
        this.sync = sync;
        this.feeds = feeds;
        this.refresher = refresher;
        this.clock = clock;
        this.tick = tick;
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::tick, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks for due feeds now rather than at the next tick (after a "refresh now"). */
    public void wakeUp() {
        try {
            executor.execute(this::tick);
        } catch (RejectedExecutionException e) {
            log.debug("Scheduler already stopped; nothing to wake");
        }
    }

    /** One tick: reload feeds.txt if it changed, then refresh what is due. Runs on the scheduler's one thread. */
    void tick() {
        try {
            if (!synced || sync.hasFileChanged()) {
                if (synced) {
                    log.info("feeds.txt changed, reloading");
                }
                logProblems(sync.sync());
                synced = true;
            }
            List<Feed> due = feeds.findDue(clock.instant());
            if (due.isEmpty()) {
                return;
            }
            RefreshReport report = refresher.refresh(due, RefreshListener.NONE);
            log.info("Refreshed {} due feeds in {} s: {} ok, {} failed, {} new articles ({} extracted, {} from the feed)",
                    due.size(), report.took().toSeconds(), report.feedsOk(), report.failures().size(),
                    report.newArticles(), report.extracted(), report.fromFeed());
        } catch (RuntimeException e) {
            // Keep the schedule alive: the next tick may succeed (e.g. once feeds.txt is readable again).
            log.error("Refresh failed: {}", e.getMessage(), e);
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
