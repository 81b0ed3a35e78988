package de.presseschau.store;

/**
 * An article whose page is to be extracted, with the text the feed gave for it; {@code allowsPrivate}: a feed that
 * brought it is marked {@code +lokal}, so its page may be on the local network.
 */
public record PendingArticle(long id, String url, String feedText, boolean allowsPrivate) {

    public PendingArticle(long id, String url, String feedText) {
        this(id, url, feedText, false);
    }
}
