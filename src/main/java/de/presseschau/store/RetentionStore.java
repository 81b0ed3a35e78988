package de.presseschau.store;

import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the articles no feed counts any more and removes them, leaving tombstones so feeds do not bring them back. */
public final class RetentionStore {

    /** Articles retention never removes, whatever their age: the ones the reader starred ("Merken"). */
    private static final String ALWAYS_KEPT = "a.starred_at IS NOT NULL";

    private final Jdbi jdbi;

    public RetentionStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /**
     * Articles that no feed still counts: older than {@code cutoff} (both by date and by when they arrived), or not
     * among the {@code perFeed} newest of any feed that brought them. Oldest first.
     */
    public List<Long> findExpired(Instant cutoff, int perFeed) {
        return jdbi.withHandle(h -> {
            // Two plain queries and a set: H2 would run a NOT IN over the ranking once per article.
            Set<Long> counted = new HashSet<>(h.createQuery("SELECT ranked.article_id FROM (SELECT e.article_id, "
                            + "ROW_NUMBER() OVER (PARTITION BY e.feed_id ORDER BY a.published_at DESC, a.id DESC) AS position, "
                            + "a.published_at >= :cutoff OR a.first_seen_at >= :cutoff AS young "
                            + "FROM entry e JOIN article a ON a.id = e.article_id) ranked "
                            + "WHERE ranked.position <= :perFeed AND ranked.young")
                    .bind("cutoff", Timestamps.bind(cutoff)).bind("perFeed", perFeed)
                    .mapTo(Long.class).list());
            return h.createQuery("SELECT a.id FROM article a WHERE NOT (" + ALWAYS_KEPT + ") ORDER BY a.id")
                    .mapTo(Long.class).stream().filter(id -> !counted.contains(id)).toList();
        });
    }

    /** Removes the articles with their entries and categories, remembering each entry's key and the article's URL. */
    public void remove(List<Long> articleIds, Instant now) {
        if (articleIds.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            ArticleCounts counts = ArticleCounts.before(h, articleIds);
            h.createUpdate("MERGE INTO removed_entry (feed_id, entry_key, removed_at) KEY (feed_id, entry_key) "
                            + "SELECT feed_id, entry_key, :now FROM entry WHERE article_id IN (<ids>)")
                    .bindList("ids", articleIds).bind("now", Timestamps.bind(now)).execute();
            h.createUpdate("MERGE INTO removed_url (url, removed_at) KEY (url) "
                            + "SELECT url, :now FROM article WHERE id IN (<ids>) AND url IS NOT NULL")
                    .bindList("ids", articleIds).bind("now", Timestamps.bind(now)).execute();
            h.createUpdate("DELETE FROM article_category WHERE article_id IN (<ids>)").bindList("ids", articleIds).execute();
            h.createUpdate("DELETE FROM entry WHERE article_id IN (<ids>)").bindList("ids", articleIds).execute();
            h.createUpdate("DELETE FROM article WHERE id IN (<ids>)").bindList("ids", articleIds).execute();
            counts.after();
        });
    }
}
