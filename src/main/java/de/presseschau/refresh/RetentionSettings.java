package de.presseschau.refresh;

import java.time.Duration;

/** How long articles are kept, and how many of each feed at most. */
public record RetentionSettings(Duration keep, int perFeed) {

    public static RetentionSettings defaults() {
        return new RetentionSettings(Duration.ofDays(90), 1_000);
    }
}
