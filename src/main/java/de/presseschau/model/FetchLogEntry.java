package de.presseschau.model;

import java.time.Duration;
import java.time.Instant;

/**
 * One fetch of a feed as its diagnostics page shows it: when, how it went ({@code outcome}: fetched, not_modified,
 * failed), the HTTP status (0 without an answer), body bytes, how long it took, the charset the feed was read in
 * (null when nothing was read), the new articles it brought and the error (or null).
 */
public record FetchLogEntry(long feedId, Instant fetchedAt, String outcome, int httpStatus, long bytes, Duration took,
                            String encoding, int newArticles, String error) {
}
