package de.presseschau.refresh;

import de.presseschau.store.FeedStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Refresh now" for one feed or for all: makes them due at once and wakes the scheduler, at most once per
 * cooldown each, so a button pressed again and again cannot turn into a flood of requests to the outlets.
 */
public final class RefreshRequests {

    /** How a request went; {@code retryAt} is set when it came too soon after the last one. */
    public record Outcome(Result result, Instant retryAt) {
    }

    public enum Result { QUEUED, COOLING_DOWN, UNKNOWN_FEED }

    private static final long ALL = -1;

    private final FeedStore feeds;
    private final Clock clock;
    private final Duration cooldown;
    private final Map<Long, Instant> lastRequest = new ConcurrentHashMap<>();
    private volatile Runnable wakeUp = () -> { };

    public RefreshRequests(FeedStore feeds, Clock clock, Duration cooldown) {
        this.feeds = feeds;
        this.clock = clock;
        this.cooldown = cooldown;
    }

    /** What to call once feeds are due, e.g. {@link RefreshScheduler#wakeUp()}. */
    public void onRequest(Runnable wakeUp) {
        this.wakeUp = wakeUp;
    }

    public Outcome requestFeed(long id) {
        return request(id);
    }

    public Outcome requestAll() {
        return request(ALL);
    }

    private synchronized Outcome request(long key) {
        Instant now = clock.instant();
        Instant last = lastRequest.get(key);
        if (last != null && now.isBefore(last.plus(cooldown))) {
            return new Outcome(Result.COOLING_DOWN, last.plus(cooldown));
        }
        boolean known = key == ALL ? feeds.requestCheckAll(now) >= 0 : feeds.requestCheck(key, now);
        if (!known) {
            return new Outcome(Result.UNKNOWN_FEED, null);
        }
        lastRequest.put(key, now);
        wakeUp.run();
        return new Outcome(Result.QUEUED, null);
    }
}
