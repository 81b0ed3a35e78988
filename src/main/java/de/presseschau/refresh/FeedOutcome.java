package de.presseschau.refresh;

import de.presseschau.model.Feed;

import java.time.Duration;
import java.time.Instant;

/**
 * How refreshing one feed went: fetched with new articles, unchanged, or failed with a reason; {@code fetch} holds
 * what the fetch log shows of it.
 */
public record FeedOutcome(Feed feed, Kind kind, int newArticles, String error, Fetch fetch) {

    public enum Kind { FETCHED, NOT_MODIFIED, FAILED }

    /**
     * The answer as received: HTTP status (0 without one), body bytes, the charset the feed was read in (or null),
     * when the refresh of the feed began and how long it took (both null until {@link #timed}).
     */
    public record Fetch(int httpStatus, long bytes, String encoding, Instant startedAt, Duration took) {
    }

    static FeedOutcome fetched(Feed feed, int newArticles, int httpStatus, long bytes, String encoding) {
        return new FeedOutcome(feed, Kind.FETCHED, newArticles, null, new Fetch(httpStatus, bytes, encoding, null, null));
    }

    static FeedOutcome notModified(Feed feed) {
        return new FeedOutcome(feed, Kind.NOT_MODIFIED, 0, null, new Fetch(304, 0, null, null, null));
    }

    static FeedOutcome failed(Feed feed, String error, int httpStatus) {
        return new FeedOutcome(feed, Kind.FAILED, 0, error, new Fetch(httpStatus, 0, null, null, null));
    }

    /** The same outcome with when the feed's refresh began and how long it took. */
    FeedOutcome timed(Instant startedAt, Duration took) {
        return new FeedOutcome(feed, kind, newArticles, error,
                new Fetch(fetch.httpStatus(), fetch.bytes(), fetch.encoding(), startedAt, took));
    }

    public boolean isFailed() {
        return kind == Kind.FAILED;
    }
}
