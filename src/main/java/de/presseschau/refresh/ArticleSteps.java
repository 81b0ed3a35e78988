package de.presseschau.refresh;

import de.presseschau.parse.ParsedEntry;

/** Further work on stored articles that belongs to a refresh: sees each stored entry, and runs once at the end. */
public interface ArticleSteps {

    ArticleSteps NONE = new ArticleSteps() {
    };

    /** An entry was stored for the first time, for the article {@code articleId}. */
    default void entryStored(long articleId, ParsedEntry entry) {
    }

    /** Every feed and page of this run is done; runs in the refresher's thread, still holding its lock. */
    default void afterRefresh() {
    }
}
