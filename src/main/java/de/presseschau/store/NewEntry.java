package de.presseschau.store;

import java.time.Instant;

/**
 * An entry as the refresher hands it over. {@code key} identifies it within its feed (guid, else link);
 * {@code url} may be null; {@code publishedAt} null means the feed gave no date (first-seen time is used).
 * The HTML is already sanitized; {@code contentHtml} is the feed's best body (full content, else summary).
 */
public record NewEntry(long feedId, String key, String url, String title, Instant publishedAt,
                       String summaryHtml, String summaryText, String contentHtml, String contentText) {
}
