package de.presseschau.refresh;

import java.time.Duration;
import java.time.Instant;

/** When a feed is checked next, and the interval that led there (null after a failure: the interval is kept). */
record Schedule(Instant next, Duration interval) {
}
