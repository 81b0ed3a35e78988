package de.presseschau.store;

import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the article_count table and the topics' article lists (topic_article) right across one change to some
 * articles: what they counted for (topics, feeds, section, read or not) is read before and after the change, in its
 * transaction, and only the difference is written. The work grows with the articles changed, never with the database.
 */
final class ArticleCounts {

    /** Ids looked up in one query at most. */
    private static final int CHUNK = 500;

    /** Where each article counts: one row per article and topic, per feed, and for its section. */
    private static final String MEMBERSHIP = "SELECT DISTINCT 'topic' AS kind, f.topic AS name, a.id, "
            + "a.read_at IS NULL AS unread, a.published_at "
            + "FROM article a JOIN entry e ON e.article_id = a.id JOIN feed f ON f.id = e.feed_id WHERE a.id IN (<ids>) "
            + "UNION ALL SELECT DISTINCT 'feed', CAST(e.feed_id AS VARCHAR), a.id, a.read_at IS NULL, a.published_at "
            + "FROM article a JOIN entry e ON e.article_id = a.id WHERE a.id IN (<ids>) "
            + "UNION ALL SELECT 'section', a.section, a.id, a.read_at IS NULL, a.published_at FROM article a "
            + "WHERE a.id IN (<ids>) AND a.section IS NOT NULL";

    private static final String TOPIC = "topic";

    /** A count's key. */
    private record Key(String kind, String name) {
    }

    private final Handle h;
    private final List<Long> ids;
    private final Map<Key, int[]> before;
    private final Set<TopicMember> topicsBefore = new HashSet<>();

    /** {@code existing}: those of {@code ids} that were stored before this transaction; only they counted anywhere. */
    private ArticleCounts(Handle h, Collection<Long> ids, Collection<Long> existing) {
        this.h = h;
        this.ids = List.copyOf(new TreeSet<>(ids));
        List<Long> before = List.copyOf(new TreeSet<>(existing));
        lock(before);
        this.before = tally(before, topicsBefore);
    }

    /**
     * Call before changing stored articles, in the change's transaction. Their rows are locked until it ends, so two
     * changes to one article (two feeds bringing it at once) are counted one after the other.
     */
    static ArticleCounts before(Handle h, Collection<Long> articleIds) {
        return new ArticleCounts(h, articleIds, articleIds);
    }

    /** For articles inserted by this transaction: they counted nowhere before. */
    static ArticleCounts inserted(Handle h, Collection<Long> articleIds) {
        return new ArticleCounts(h, articleIds, List.of());
    }

    /**
     * As {@link #before}, for articles of which some were inserted by this transaction: those counted nowhere yet and
     * nobody else can see them, so only the others are locked and looked up (a feed's new articles are most of them).
     */
    static ArticleCounts before(Handle h, Collection<Long> articleIds, Collection<Long> insertedIds) {
        Set<Long> existing = new HashSet<>(articleIds);
        existing.removeAll(insertedIds);
        return new ArticleCounts(h, articleIds, existing);
    }

    /** Call after the change, in the same transaction: writes what moved. */
    void after() {
        Set<TopicMember> topicsNow = new HashSet<>();
        Map<Key, int[]> now = tally(ids, topicsNow);
        TopicMember.writeDifference(h, topicsBefore, topicsNow);
        Map<Key, int[]> delta = new HashMap<>();
        now.forEach((key, counts) -> delta.put(key, counts.clone()));
        before.forEach((key, counts) -> {
            int[] d = delta.computeIfAbsent(key, k -> new int[2]);
            d[0] -= counts[0];
            d[1] -= counts[1];
        });
        delta.forEach((key, d) -> {
            if (d[0] != 0 || d[1] != 0) {
                add(key, d[0], d[1]);
            }
        });
    }

    private void lock(List<Long> ids) {
        for (List<Long> part : parts(ids)) {
            h.createQuery("SELECT id FROM article WHERE id IN (<ids>) ORDER BY id FOR UPDATE")
                    .bindList("ids", part).mapTo(Long.class).list();
        }
    }

    /** Per key: how many of the articles count there, and how many of those are unread; adds each topic membership. */
    private Map<Key, int[]> tally(List<Long> ids, Set<TopicMember> topics) {
        Map<Key, int[]> counts = new HashMap<>();
        for (List<Long> part : parts(ids)) {
            h.createQuery(MEMBERSHIP).bindList("ids", part)
                    .map((rs, ctx) -> {
                        if (TOPIC.equals(rs.getString("kind"))) {
                            topics.add(new TopicMember(rs.getLong("id"), rs.getString("name"),
                                    Timestamps.read(rs, "published_at")));
                        }
                        int[] count = counts.computeIfAbsent(new Key(rs.getString("kind"), rs.getString("name")), k -> new int[2]);
                        count[0]++;
                        count[1] += rs.getBoolean("unread") ? 1 : 0;
                        return count;
                    })
                    .list();
        }
        return counts;
    }

    private void add(Key key, int articles, int unread) {
        int updated = h.createUpdate("UPDATE article_count SET articles = articles + :articles, unread = unread + :unread "
                        + "WHERE kind = :kind AND name = :name")
                .bind("kind", key.kind()).bind("name", key.name()).bind("articles", articles).bind("unread", unread)
                .execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO article_count (kind, name, articles, unread) VALUES (:kind, :name, :articles, :unread)")
                    .bind("kind", key.kind()).bind("name", key.name()).bind("articles", articles).bind("unread", unread)
                    .execute();
        }
    }

    private static List<List<Long>> parts(List<Long> ids) {
        List<List<Long>> parts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            parts.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return parts;
    }
}
