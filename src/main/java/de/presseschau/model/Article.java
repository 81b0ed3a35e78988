package de.presseschau.model;

import java.time.Instant;

/**
 * One article, whichever feeds it came through. {@code contentHtml} is what the reading view shows
 * (sanitized); {@code summaryHtml} is the feed's own teaser. {@code author} and {@code pagePublishedAt} are what
 * the article page states, null when it states nothing.
 */
public record Article(long id, long feedId, String url, String title, Instant publishedAt,
                      String summaryHtml, String contentHtml, String contentText,
                      Extraction extraction, String extractionNote,
                      String feedTitle, String topic, String author, Instant pagePublishedAt) {
}
