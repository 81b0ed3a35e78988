package de.presseschau.store;

import de.presseschau.model.Section;

import java.time.Instant;

/**
 * A finished article to store in one go, as a refresh would have left it: extracted body, section, reading state.
 * {@code readAt} and {@code starredAt} are null when unread or not starred.
 */
public record ImportedArticle(long feedId, String url, String title, Instant publishedAt, String summaryText,
                              String contentHtml, String contentText, Section section, Instant readAt,
                              Instant starredAt) {
}
