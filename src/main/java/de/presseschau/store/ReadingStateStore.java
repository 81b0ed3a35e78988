package de.presseschau.store;

import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.ReadingState;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read and starred marks on articles, unread counts and the Merkliste. */
public final class ReadingStateStore {

    /** The articles of a topic: those an entry of one of the topic's feeds points at. */
    private static final String IN_TOPIC = "EXISTS (SELECT 1 FROM entry e JOIN feed f ON f.id = e.feed_id "
            + "WHERE e.article_id = a.id AND f.topic = :topic)";

    private final Jdbi jdbi;
    private final GroupCommit<Mark, Boolean> marks = new GroupCommit<>(this::markAll);

    public ReadingStateStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Marks an article read (keeping the first time it was read); false when there is no such article. */
    public boolean markRead(long id, Instant now) {
        // An article read before (every later view of it) needs one look at its row: no transaction, no commit.
        Optional<Boolean> unread = jdbi.withHandle(h -> h.createQuery("SELECT read_at IS NULL FROM article WHERE id = :id")
                .bind("id", id).mapTo(Boolean.class).findOne());
        if (unread.isEmpty() || !unread.get()) {
            return unread.isPresent();
        }
        return marks.submit(new Mark(id, now));
    }

    /** An article opened at {@code at}. */
    private record Mark(long id, Instant at) {
    }

    /**
     * The marks of views opened at once, in one transaction: with several readers (or tabs) the commit and the
     * counts' upkeep were most of a reading view's work, one each per view.
     */
    private List<Boolean> markAll(List<Mark> marks) {
        return jdbi.inTransaction(h -> {
            ArticleCounts counts = ArticleCounts.before(h, marks.stream().map(Mark::id).toList());
            PreparedBatch update = h.prepareBatch("UPDATE article SET read_at = COALESCE(read_at, :now) WHERE id = :id");
            marks.forEach(mark -> update.bind("id", mark.id()).bind("now", Timestamps.bind(mark.at())).add());
            int[] updated = update.execute();
            counts.after();
            return Arrays.stream(updated).mapToObj(rows -> rows > 0).toList();
        });
    }

    public boolean markUnread(long id) {
        return jdbi.inTransaction(h -> {
            ArticleCounts counts = ArticleCounts.before(h, List.of(id));
            boolean found = h.createUpdate("UPDATE article SET read_at = NULL WHERE id = :id").bind("id", id).execute() > 0;
            counts.after();
            return found;
        });
    }

    public boolean star(long id, Instant now) {
        return update("UPDATE article SET starred_at = COALESCE(starred_at, :now) WHERE id = :id", id, now);
    }

    public boolean unstar(long id) {
        return update("UPDATE article SET starred_at = NULL WHERE id = :id", id, null);
    }

    private boolean update(String sql, long id, Instant now) {
        return jdbi.withHandle(h -> {
            var update = h.createUpdate(sql).bind("id", id);
            if (now != null) {
                update.bind("now", Timestamps.bind(now));
            }
            return update.execute() > 0;
        });
    }

    /**
     * Marks a topic's unread articles read, but only those up to {@code newestShownId}: articles stored after the
     * page was shown have higher ids and stay unread. Returns how many it marked.
     */
    public int markTopicRead(String topic, long newestShownId, Instant now) {
        return jdbi.inTransaction(h -> {
            List<Long> unread = h.createQuery("SELECT DISTINCT e.article_id FROM entry e "
                            + "WHERE e.feed_id IN (SELECT id FROM feed WHERE topic = :topic) AND e.article_id <= :upTo "
                            + "AND e.article_id IN (SELECT id FROM article WHERE read_at IS NULL)")
                    .bind("topic", topic).bind("upTo", newestShownId).mapTo(Long.class).list();
            ArticleCounts counts = ArticleCounts.before(h, unread);
            int marked = h.createUpdate("UPDATE article a SET read_at = :now "
                            + "WHERE a.read_at IS NULL AND a.id <= :upTo AND " + IN_TOPIC)
                    .bind("now", Timestamps.bind(now)).bind("upTo", newestShownId).bind("topic", topic)
                    .execute();
            counts.after();
            return marked;
        });
    }

    /** The highest article id in a topic right now (0 when it has none): what "alles gelesen" may mark. */
    public long newestIdInTopic(String topic) {
        // One probe of the entries' (feed_id, article_id) index per feed of the topic: the newest entry's article (an
        // entry always points at a stored article). A plain MAX over the topic's feeds made H2 read all their entries,
        // two thirds of a topic page's CPU at 200,000 articles.
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX((SELECT e.article_id FROM entry e "
                        + "WHERE e.feed_id = f.id ORDER BY e.feed_id DESC, e.article_id DESC LIMIT 1)), 0) "
                        + "FROM feed f WHERE f.topic = :topic")
                .bind("topic", topic).mapTo(Long.class).one());
    }

    public Optional<ReadingState> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT read_at, starred_at FROM article WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new ReadingState(rs.getObject("read_at") != null, rs.getObject("starred_at") != null))
                .findOne());
    }

    /** The state of each listed article; ids that are unknown are left out. */
    public Map<Long, ReadingState> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            Map<Long, ReadingState> found = new HashMap<>();
            h.createQuery("SELECT id, read_at, starred_at FROM article WHERE id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"),
                            new ReadingState(rs.getObject("read_at") != null, rs.getObject("starred_at") != null)))
                    .forEach(row -> found.put(row.getKey(), row.getValue()));
            return found;
        });
    }

    /** Unread articles per topic; an article in two topics counts in both, once in each. */
    public Map<String, Integer> countUnreadByTopic() {
        return jdbi.withHandle(h -> {
            Map<String, Integer> counts = new HashMap<>();
            h.createQuery("SELECT name, unread FROM article_count WHERE kind = 'topic' AND unread > 0")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(row -> counts.put(row.getKey(), row.getValue()));
            return Map.copyOf(counts);
        });
    }

    /** Unread articles per feed id; an article read through one feed is read in every feed. */
    public Map<Long, Integer> countUnreadByFeed() {
        return jdbi.withHandle(h -> {
            Map<Long, Integer> counts = new HashMap<>();
            h.createQuery("SELECT name, unread FROM article_count WHERE kind = 'feed' AND unread > 0")
                    .map((rs, ctx) -> Map.entry(Long.parseLong(rs.getString(1)), rs.getInt(2)))
                    .forEach(row -> counts.put(row.getKey(), row.getValue()));
            return Map.copyOf(counts);
        });
    }

    /** A topic's unread articles, newest first. */
    public List<ArticleTeaser> findUnreadTeasers(String topic, int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery(ArticleStore.newestInTopic("a.read_at IS NULL"))
                .bind("topic", topic).bind("limit", limit).bind("offset", offset)
                .map(ArticleStore.TEASER).list());
    }

    /**
     * The Merkliste: starred articles, the most recently starred first. The page is chosen on the article table's
     * starred_at index alone; joined to the feeds in the same query, H2 read every article (2 s at 200,000).
     */
    public List<ArticleTeaser> findStarred(int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ArticleStore.TEASER_COLUMNS + ", s.starred_at FROM "
                        + "(SELECT id, starred_at FROM article WHERE starred_at IS NOT NULL "
                        + "ORDER BY starred_at DESC, id DESC LIMIT :limit OFFSET :offset) s "
                        + "JOIN article a ON a.id = s.id JOIN feed pf ON pf.id = a.feed_id "
                        + "ORDER BY s.starred_at DESC, a.id DESC")
                .bind("limit", limit).bind("offset", offset)
                .map(ArticleStore.TEASER).list());
    }
}
