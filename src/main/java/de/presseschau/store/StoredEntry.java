package de.presseschau.store;

/** What storing an entry did: which article it belongs to, and whether entry or article were new. */
public record StoredEntry(long articleId, boolean isNewEntry, boolean isNewArticle) {
}
