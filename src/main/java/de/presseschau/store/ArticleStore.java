package de.presseschau.store;

import de.presseschau.model.Article;
import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.TopicCount;

import java.util.List;
import java.util.Optional;

/** The article table: one row per article URL, whichever feeds brought it. */
public final class ArticleStore {

    public ArticleStore(Database database) {
    }

    /** Topics in feeds.txt order with their article counts. */
    public List<TopicCount> countByTopic() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Newest first; {@code topic} null means all topics. */
    public List<ArticleTeaser> findTeasers(String topic, int limit, int offset) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<Article> findById(long id) {
        throw new UnsupportedOperationException("not yet");
    }
}
