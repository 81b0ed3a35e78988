package de.presseschau.store;

/** An article whose page has not been extracted yet, with the text the feed gave for it. */
public record PendingArticle(long id, String url, String feedText) {
}
