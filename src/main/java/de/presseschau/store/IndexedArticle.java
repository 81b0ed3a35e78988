package de.presseschau.store;

import java.util.List;

/** What the search index holds of an article: its headline, its plain text and every topic it is in. */
public record IndexedArticle(long id, String title, String text, List<String> topics) {
}
