package de.presseschau.parse;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed. {@code guid} is the entry's id or null; {@code url} is absolute or null;
 * {@code publishedAt} is null when the feed gives no date it can be read from. {@code summaryHtml}
 * is the description/summary, {@code contentHtml} the full content (content:encoded, atom:content), each
 * unsanitized markup or null.
 */
public record ParsedEntry(String guid, String url, String title, Instant publishedAt,
                          String summaryHtml, String contentHtml, String author, List<String> categories) {
}
