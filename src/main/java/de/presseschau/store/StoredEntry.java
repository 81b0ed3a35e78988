package de.presseschau.store;

/** What storing an entry did: which article it belongs to, and whether entry or article were new. */
public record StoredEntry(long articleId, boolean isNewEntry, boolean isNewArticle) {

    /** The entry, or the article at its URL, was removed by retention and is not stored again. */
    public static final StoredEntry REMOVED = new StoredEntry(-1, false, false);
}
