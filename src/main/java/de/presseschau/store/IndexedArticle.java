package de.presseschau.store;

import java.time.Instant;
import java.util.List;

/** What the search index holds of an article: its headline, its plain text, every topic it is in and its date. */
public record IndexedArticle(long id, String title, String text, List<String> topics, Instant publishedAt) {
}
