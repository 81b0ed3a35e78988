package de.presseschau.store;

import de.presseschau.model.ArticleTeaser;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads articles for the search index and its result lists. */
public final class SearchSource {

    /** The body when there is one, else the feed's teaser text. */
    private static final String TEXT = "COALESCE(NULLIF(a.content_text, ''), a.summary_text, '') AS text";

    private final Jdbi jdbi;

    public SearchSource(Database database) {
        this.jdbi = database.jdbi();
    }

    /** The listed articles as the index needs them; unknown ids are left out. */
    public List<IndexedArticle> find(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withTopics(jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.title, a.published_at, " + TEXT
                        + " FROM article a WHERE a.id IN (<ids>) ORDER BY a.id")
                .bindList("ids", ids)
                .map((rs, ctx) -> indexed(rs))
                .list()));
    }

    /**
     * The listed articles' headlines and texts, without their topics; unknown ids are left out. The body and the
     * teaser are read as they are and chosen here: comparing the body (a CLOB) with '' in SQL reads it once more.
     */
    public List<ArticleText> findTexts(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // The body as a VARCHAR (H2's longest, far beyond any article): a CLOB in a result is first copied to a
        // temporary LOB, written and removed again for every request, which more than doubled the cost of this query.
        return jdbi.withHandle(h -> h.createQuery("SELECT id, title, SUBSTRING(content_text, 1, 1000000) AS body, "
                        + "summary_text FROM article WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    String body = rs.getString("body");
                    String teaser = rs.getString("summary_text");
                    return new ArticleText(rs.getLong("id"), rs.getString("title"),
                            body != null && !body.isEmpty() ? body : teaser == null ? "" : teaser);
                })
                .list());
    }

    /** The next {@code limit} articles after {@code afterId} in id order, for (re)building the index. */
    public List<IndexedArticle> findAfter(long afterId, int limit) {
        return withTopics(jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.title, a.published_at, " + TEXT
                        + " FROM article a WHERE a.id > :after ORDER BY a.id LIMIT :limit")
                .bind("after", afterId).bind("limit", limit)
                .map((rs, ctx) -> indexed(rs))
                .list()));
    }

    /** The next {@code limit} articles the index does not hold as they are stored now, in id order. */
    public List<IndexedArticle> findUnindexed(int limit) {
        return withTopics(jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.title, a.published_at, " + TEXT
                        + " FROM article a WHERE a.search_indexed = FALSE ORDER BY a.id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> indexed(rs))
                .list()));
    }

    private static IndexedArticle indexed(ResultSet rs) throws SQLException {
        return new IndexedArticle(rs.getLong("id"), rs.getString("title"), rs.getString("text"), new ArrayList<>(),
                Timestamps.read(rs, "published_at"));
    }

    /** The index has committed these articles. */
    public void markIndexed(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbi.useHandle(h -> h.createUpdate("UPDATE article SET search_indexed = TRUE WHERE id IN (<ids>)")
                    .bindList("ids", ids).execute());
        }
    }

    /** The index was rebuilt and committed with every article up to {@code lastId}. */
    public void markIndexedUpTo(long lastId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE article SET search_indexed = TRUE WHERE id <= :lastId AND NOT search_indexed")
                .bind("lastId", lastId).execute());
    }

    private List<IndexedArticle> withTopics(List<IndexedArticle> articles) {
        if (articles.isEmpty()) {
            return articles;
        }
        Map<Long, IndexedArticle> byId = new HashMap<>();
        articles.forEach(article -> byId.put(article.id(), article));
        jdbi.useHandle(h -> h.createQuery("SELECT DISTINCT e.article_id, f.topic FROM entry e JOIN feed f ON f.id = e.feed_id "
                        + "WHERE e.article_id IN (<ids>)")
                .bindList("ids", List.copyOf(byId.keySet()))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(row -> byId.get(row.getKey()).topics().add(row.getValue())));
        return articles;
    }

    /** The listed articles' teasers in the order of {@code ids} (best hit first); unknown ids are left out. */
    public List<ArticleTeaser> findTeasers(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleTeaser> found = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT " + ArticleStore.TEASER_COLUMNS + " FROM article a "
                        + "JOIN feed pf ON pf.id = a.feed_id WHERE a.id IN (<ids>)")
                .bindList("ids", ids)
                .map(ArticleStore.TEASER)
                .forEach(teaser -> found.put(teaser.id(), teaser)));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** How many articles there are, to tell an empty index from an empty database. */
    public int countArticles() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article").mapTo(Integer.class).one());
    }
}
