package de.presseschau.refresh;

import de.presseschau.search.SearchIndex;

/**
 * Keeps the search index in step with a refresh: at its end, every article the database does not mark as indexed
 * (stored or given a body in this run, or left over by a run that was killed) is indexed.
 */
public final class SearchIndexing implements ArticleSteps {

    private final SearchIndex index;

    public SearchIndexing(SearchIndex index) {
        this.index = index;
    }

    /** At the end, when every page of the run was extracted, so the index holds the bodies and not the teasers. */
    @Override
    public void afterRefresh() {
        index.indexMissing();
    }
}
