package de.presseschau.refresh;

import de.presseschau.parse.ParsedEntry;
import de.presseschau.search.SearchIndex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Keeps the search index in step with a refresh: the articles stored in it are indexed once their bodies are in. */
public final class SearchIndexing implements ArticleSteps {

    private final SearchIndex index;
    private final Set<Long> stored = new LinkedHashSet<>();

    public SearchIndexing(SearchIndex index) {
        this.index = index;
    }

    @Override
    public synchronized void entryStored(long articleId, ParsedEntry entry) {
        stored.add(articleId);
    }

    /** At the end, when every page of the run was extracted, so the index holds the bodies and not the teasers. */
    @Override
    public void afterRefresh() {
        List<Long> ids;
        synchronized (this) {
            ids = new ArrayList<>(stored);
            stored.clear();
        }
        index.update(ids);
    }
}
