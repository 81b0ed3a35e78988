package de.presseschau.store;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Set;

/** One row of topic_article: an article is in a topic (through a feed of that topic), with its date. */
record TopicMember(long articleId, String topic, Instant publishedAt) {

    /** Brings topic_article from what was true before a change to what is true after it, in the change's transaction. */
    static void writeDifference(Handle h, Set<TopicMember> before, Set<TopicMember> after) {
        var removals = h.prepareBatch("DELETE FROM topic_article WHERE article_id = :articleId AND topic = :topic");
        for (TopicMember gone : before) {
            if (!after.contains(gone)) {
                removals.bind("articleId", gone.articleId()).bind("topic", gone.topic()).add();
            }
        }
        if (removals.size() > 0) {
            removals.execute();
        }
        // MERGE: a member whose date alone changed is written again, not twice.
        var additions = h.prepareBatch("MERGE INTO topic_article (article_id, topic, published_at) KEY (article_id, topic) "
                + "VALUES (:articleId, :topic, :publishedAt)");
        for (TopicMember added : after) {
            if (!before.contains(added)) {
                additions.bind("articleId", added.articleId()).bind("topic", added.topic())
                        .bind("publishedAt", Timestamps.bind(added.publishedAt())).add();
            }
        }
        if (additions.size() > 0) {
            additions.execute();
        }
    }

    /** After an article's date changed: its rows in every topic take the new date. */
    static void redate(Handle h, long articleId) {
        h.createUpdate("UPDATE topic_article t SET published_at = (SELECT a.published_at FROM article a "
                        + "WHERE a.id = t.article_id) WHERE t.article_id = :articleId")
                .bind("articleId", articleId).execute();
    }
}
