package de.presseschau.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A feed's schedule and failures: when it is checked next (null: as soon as possible), its current interval
 * (null: none learned yet), since when and how often in a row it failed, the kind of the last error
 * (e.g. "dns", "timeout", "http_status", "parse") and the last HTTP status of a failure (0: none).
 */
public record FeedHealth(Instant nextCheckAt, Duration checkInterval, Instant failingSince, int errorCount,
                         String errorKind, int lastStatus) {

    /** Failed fetches in a row after which a 404 is shown as lasting, not as a hiccup. */
    public static final int REPEATED = 2;

    public static FeedHealth fresh() {
        return new FeedHealth(null, null, null, 0, null, 0);
    }

    /** The server said the feed is gone for good (410). */
    public boolean isGone() {
        return errorCount > 0 && lastStatus == 410;
    }

    /** The feed was not found several times in a row (404). */
    public boolean isRepeatedlyNotFound() {
        return errorCount >= REPEATED && lastStatus == 404;
    }
}
