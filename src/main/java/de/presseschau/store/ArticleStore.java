package de.presseschau.store;

import de.presseschau.model.Article;
import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.Extraction;
import de.presseschau.model.TopicCount;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The article and entry tables: one article per URL, one entry per feed item pointing at it. */
public final class ArticleStore {

    private static final String FEED_TITLE = "COALESCE(pf.list_title, pf.feed_title, pf.url)";

    static final String TEASER_COLUMNS = "a.id, a.feed_id, a.title, a.url, pf.topic, a.published_at, "
            + "a.summary_text, " + FEED_TITLE + " AS feed_title";

    static final RowMapper<ArticleTeaser> TEASER = (rs, ctx) -> new ArticleTeaser(
            rs.getLong("id"), rs.getLong("feed_id"), rs.getString("title"), rs.getString("url"),
            rs.getString("topic"), Timestamps.read(rs, "published_at"), rs.getString("summary_text"),
            rs.getString("feed_title"));

    private static final RowMapper<Article> ARTICLE = (rs, ctx) -> new Article(
            rs.getLong("id"), rs.getLong("feed_id"), rs.getString("url"), rs.getString("title"),
            Timestamps.read(rs, "published_at"), rs.getString("summary_html"), rs.getString("content_html"),
            rs.getString("content_text"), Extraction.fromCode(rs.getString("extraction")),
            rs.getString("extraction_note"), rs.getString("feed_title"), rs.getString("topic"),
            rs.getString("author"), Timestamps.read(rs, "page_published_at"));

    /** A feed that brought the article is marked "+lokal" in feeds.txt: its page may be on the local network. */
    private static final String ALLOWS_PRIVATE = "EXISTS (SELECT 1 FROM entry e JOIN feed f ON f.id = e.feed_id "
            + "WHERE e.article_id = a.id AND f.allows_private) AS allows_private";

    private static final RowMapper<PendingArticle> PENDING = (rs, ctx) -> new PendingArticle(rs.getLong("id"),
            rs.getString("url"), rs.getString("feed_text"), rs.getBoolean("allows_private"));

    private final Jdbi jdbi;

    public ArticleStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /**
     * Stores an entry once per feed. An entry (or URL) retention removed is skipped ({@link StoredEntry#REMOVED}). A new URL makes a new article waiting for extraction (or, without a URL,
     * one that keeps the feed's content); a known URL only links the entry to the existing article.
     */
    public StoredEntry addEntry(NewEntry entry, Instant now) {
        try {
            return jdbi.inTransaction(h -> addEntry(h, entry, now));
        } catch (UnableToExecuteStatementException e) {
            if (!(rootCause(e) instanceof SQLIntegrityConstraintViolationException)) {
                throw e;
            }
            // Another feed stored the same URL (or this entry) a moment ago: the second look finds it.
            return jdbi.inTransaction(h -> addEntry(h, entry, now));
        }
    }

    /**
     * Stores a feed's entries in one transaction: far fewer writes than one commit per entry, and a crash
     * keeps either all of them or none (then the feed is fetched again, its validators being saved after).
     */
    public List<StoredEntry> addEntries(List<NewEntry> entries, Instant now) {
        try {
            return jdbi.inTransaction(h -> addEntries(h, entries, now));
        } catch (UnableToExecuteStatementException e) {
            if (!(rootCause(e) instanceof SQLIntegrityConstraintViolationException)) {
                throw e;
            }
            // Another feed stored one of the same URLs a moment ago: the second look finds it.
            return jdbi.inTransaction(h -> addEntries(h, entries, now));
        }
    }

    private static List<StoredEntry> addEntries(Handle h, List<NewEntry> entries, Instant now) {
        return EntryBatch.store(h, entries, now);
    }

    private static StoredEntry addEntry(Handle h, NewEntry entry, Instant now) {
        Optional<Long> known = h.createQuery("SELECT article_id FROM entry WHERE feed_id = :feedId AND entry_key = :key")
                .bind("feedId", entry.feedId()).bind("key", entry.key())
                .mapTo(Long.class).findOne();
        if (known.isPresent()) {
            return new StoredEntry(known.get(), false, false);
        }
        if (wasRemoved(h, entry)) {
            return StoredEntry.REMOVED;
        }
        Optional<Long> sameUrl = entry.url() == null ? Optional.empty()
                : h.createQuery("SELECT id FROM article WHERE url = :url").bind("url", entry.url())
                        .mapTo(Long.class).findOne();
        long articleId = sameUrl.isPresent() ? sameUrl.get() : insertArticle(h, entry, now);
        ArticleCounts counts = ArticleCounts.before(h, List.of(articleId));
        h.createUpdate("INSERT INTO entry (feed_id, entry_key, article_id, first_seen_at) "
                        + "VALUES (:feedId, :key, :articleId, :now)")
                .bind("feedId", entry.feedId()).bind("key", entry.key()).bind("articleId", articleId)
                .bind("now", Timestamps.bind(now))
                .execute();
        counts.after();
        return new StoredEntry(articleId, true, sameUrl.isEmpty());
    }

    /** Retention removed this entry, or the article at its URL: a feed still listing it must not bring it back. */
    private static boolean wasRemoved(Handle h, NewEntry entry) {
        boolean entryRemoved = h.createQuery("SELECT COUNT(*) FROM removed_entry WHERE feed_id = :feedId AND entry_key = :key")
                .bind("feedId", entry.feedId()).bind("key", entry.key())
                .mapTo(Integer.class).one() > 0;
        return entryRemoved || entry.url() != null
                && h.createQuery("SELECT COUNT(*) FROM removed_url WHERE url = :url").bind("url", entry.url())
                        .mapTo(Integer.class).one() > 0;
    }

    static long insertArticle(Handle h, NewEntry entry, Instant now) {
        Extraction extraction = entry.url() != null ? Extraction.PENDING
                : entry.contentText() == null || entry.contentText().isBlank() ? Extraction.FAILED : Extraction.FEED;
        return h.createUpdate("INSERT INTO article (feed_id, url, title, published_at, date_from_feed, summary_html, "
                        + "summary_text, content_html, content_text, extraction, extraction_note, first_seen_at) "
                        + "VALUES (:feedId, :url, :title, :publishedAt, :dateFromFeed, :summaryHtml, :summaryText, "
                        + ":contentHtml, :contentText, :extraction, :note, :now)")
                .bind("feedId", entry.feedId())
                .bind("url", entry.url())
                .bind("title", Texts.clip(entry.title(), 4000))
                .bind("publishedAt", Timestamps.bind(entry.publishedAt() != null ? entry.publishedAt() : now))
                .bind("dateFromFeed", entry.publishedAt() != null)
                .bind("summaryHtml", entry.summaryHtml())
                .bind("summaryText", Texts.clip(entry.summaryText(), 4000))
                .bind("contentHtml", entry.contentHtml())
                .bind("contentText", entry.contentText())
                .bind("extraction", extraction.code())
                .bind("note", entry.url() == null ? "Eintrag ohne Link: Inhalt aus dem Feed" : null)
                .bind("now", Timestamps.bind(now))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Articles still waiting for their page to be extracted, oldest first (also those a crash interrupted). */
    public List<PendingArticle> findPendingExtraction(int limit) {
        return findPendingExtraction(0, limit);
    }

    /**
     * Up to {@code limit} articles waiting for their page with an id above {@code afterId}, oldest first: a long
     * backlog is read in slices, so a refresh holds only the slice it works on.
     */
    public List<PendingArticle> findPendingExtraction(long afterId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.url, a.content_text AS feed_text, " + ALLOWS_PRIVATE
                        + " FROM article a WHERE a.extraction = 'pending' AND a.id > :afterId ORDER BY a.id LIMIT :limit")
                .bind("afterId", afterId)
                .bind("limit", limit)
                .map(PENDING)
                .list());
    }

    /** How many articles wait for their page. */
    public int countPendingExtraction() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article WHERE extraction = 'pending'")
                .mapTo(Integer.class).one());
    }

    /** The page gave the article's body. */
    public void saveExtracted(long id, String contentHtml, String contentText) {
        saveFromPage(id, new PageBody(contentHtml, contentText, null, null, Extraction.EXTRACTED, null));
    }

    /**
     * The page gave the article's body, or only its free beginning. The page's date becomes the article's date only
     * when the feed gave none.
     */
    public void saveFromPage(long id, PageBody body) {
        saveBodies(List.of(new BodyOutcome.FromPage(id, body)));
    }

    /**
     * Runs {@code work} in one transaction on this thread: every store's calls inside it (all share this database)
     * join that transaction, so many writes cost one commit, and a failure inside rolls all of them back.
     */
    public void inOneTransaction(Runnable work) {
        jdbi.useTransaction(h -> work.run());
    }

    /**
     * Stores many articles' bodies in one transaction: with every commit reaching the file, one commit per page
     * would make the disk, not the network, set the pace of a refresh.
     */
    public void saveBodies(List<BodyOutcome> outcomes) {
        jdbi.useTransaction(h -> {
            for (BodyOutcome outcome : outcomes) {
                if (outcome instanceof BodyOutcome.FromPage fromPage) {
                    saveFromPage(h, fromPage.articleId(), fromPage.body());
                } else if (outcome instanceof BodyOutcome.Fallback fallback) {
                    saveFallback(h, fallback.articleId(), fallback.extraction(), fallback.note());
                }
            }
        });
    }

    private static void saveFromPage(Handle h, long id, PageBody body) {
        // A new body is not in the search index yet: the next refresh (or start) indexes it, should nobody else.
        h.createUpdate("UPDATE article SET content_html = :html, content_text = :text, "
                        + "search_indexed = FALSE, extraction = :extraction, extraction_note = :note, author = :author, "
                        + "page_published_at = :pagePublishedAt, published_at = CASE WHEN date_from_feed "
                        + "OR CAST(:pagePublishedAt AS TIMESTAMP WITH TIME ZONE) IS NULL THEN published_at "
                        + "ELSE :pagePublishedAt END WHERE id = :id")
                .bind("id", id).bind("html", body.contentHtml()).bind("text", body.contentText())
                .bind("extraction", body.extraction().code()).bind("note", Texts.clip(body.note(), 4000))
                .bind("author", Texts.clip(body.author(), 1000))
                .bind("pagePublishedAt", Timestamps.bind(body.publishedAt()))
                .execute();
        if (body.publishedAt() != null) {
            TopicMember.redate(h, id);
        }
    }

    /**
     * Articles to extract again, newest first: those of one feed (null: of all feeds) first seen since a moment
     * (null: ever), each with the feed's own teaser text to weigh the new extraction against.
     */
    public List<PendingArticle> findForReextraction(String feedUrl, Instant since, int limit) {
        String where = "WHERE a.url IS NOT NULL"
                + (feedUrl == null ? "" : " AND EXISTS (SELECT 1 FROM entry e JOIN feed f ON f.id = e.feed_id "
                + "WHERE e.article_id = a.id AND f.url = :feedUrl)")
                + (since == null ? "" : " AND a.first_seen_at >= :since");
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT a.id, a.url, a.summary_text AS feed_text, " + ALLOWS_PRIVATE
                            + " FROM article a " + where
                    + " ORDER BY a.first_seen_at DESC, a.id DESC LIMIT :limit").bind("limit", limit);
            if (feedUrl != null) {
                query.bind("feedUrl", feedUrl);
            }
            if (since != null) {
                query.bind("since", Timestamps.bind(since));
            }
            return query.map(PENDING).list();
        });
    }

    /** One article to extract again, with the feed's own teaser text; empty when unknown or without a link. */
    public Optional<PendingArticle> findForReextraction(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.url, a.summary_text AS feed_text, " + ALLOWS_PRIVATE
                        + " FROM article a WHERE a.id = :id AND a.url IS NOT NULL")
                .bind("id", id)
                .map(PENDING)
                .findOne());
    }

    /** The page was not used; the feed's content stays ({@link Extraction#FEED}) or there is none ({@link Extraction#FAILED}). */
    public void saveFallback(long id, Extraction extraction, String note) {
        saveBodies(List.of(new BodyOutcome.Fallback(id, extraction, note)));
    }

    private static void saveFallback(Handle h, long id, Extraction extraction, String note) {
        h.createUpdate("UPDATE article SET extraction = :extraction, extraction_note = :note WHERE id = :id")
                .bind("id", id).bind("extraction", extraction.code()).bind("note", Texts.clip(note, 4000))
                .execute();
    }

    /** Topics in feeds.txt order with their article counts; topics only of removed feeds come last. */
    public List<TopicCount> countByTopic() {
        // The feeds grouped into topics first, then one count looked up per topic instead of one per feed.
        return jdbi.withHandle(h -> h.createQuery("SELECT t.topic AS name, COALESCE(c.articles, 0) AS article_count "
                        + "FROM (SELECT topic, MAX(CASE WHEN subscribed THEN 1 ELSE 0 END) AS subscribed, "
                        + "MIN(CASE WHEN subscribed THEN position ELSE 1000000 + position END) AS place "
                        + "FROM feed GROUP BY topic) t "
                        + "LEFT JOIN article_count c ON c.kind = 'topic' AND c.name = t.topic "
                        + "WHERE COALESCE(c.articles, 0) > 0 OR t.subscribed = 1 ORDER BY t.place")
                .map((rs, ctx) -> new TopicCount(rs.getString("name"), rs.getInt("article_count")))
                .list());
    }

    /** Newest first; {@code topic} null means all topics. An article is in every topic of the feeds that brought it. */
    public List<ArticleTeaser> findTeasers(String topic, int limit, int offset) {
        if (topic != null) {
            return jdbi.withHandle(h -> h.createQuery(newestInTopic(""))
                    .bind("topic", topic).bind("limit", limit).bind("offset", offset)
                    .map(TEASER).list());
        }
        return jdbi.withHandle(h -> h.createQuery(newestFirst("SELECT a.id, a.feed_id, a.title, a.url, a.published_at, "
                        + "a.summary_text FROM article a "))
                .bind("limit", limit).bind("offset", offset)
                .map(TEASER).list());
    }

    /**
     * A page of teasers of the topic {@code :topic}, newest first, of the articles that meet {@code condition} (on
     * {@code article a}, empty for all): the topic's range of topic_article's date index, read in order until the page
     * is full. The page is chosen on topic_article alone (joined, H2 may start from another index and try every pair);
     * its ORDER BY names the index's columns from the first, topic included, or H2 reads and sorts the whole topic.
     */
    static String newestInTopic(String condition) {
        return "SELECT " + TEASER_COLUMNS + " FROM (SELECT t.article_id, t.published_at FROM topic_article t "
                + "WHERE t.topic = :topic " + (condition.isEmpty() ? "" : "AND EXISTS (SELECT 1 FROM article a "
                + "WHERE a.id = t.article_id AND " + condition + ") ")
                + "ORDER BY t.topic, t.published_at DESC, t.article_id DESC LIMIT :limit OFFSET :offset) t "
                + "JOIN article a ON a.id = t.article_id JOIN feed pf ON pf.id = a.feed_id "
                + "ORDER BY t.published_at DESC, t.article_id DESC";
    }

    /**
     * A page of teasers, newest first, of the articles {@code articlesQuery} selects (from {@code article a}, with the
     * teaser's article columns). The page is chosen on the article table alone, walking its published_at index until
     * the page is full; joined to the feed table in the same query, H2 would start from the feeds and sort every
     * article of the database, seconds at 200,000.
     */
    static String newestFirst(String articlesQuery) {
        return newestFirst(articlesQuery, "");
    }

    /**
     * As {@link #newestFirst(String)}, for a query that fixes {@code fixedColumn} to one value (a.section = :section):
     * the ORDER BY names it first, so H2 walks that column's (column, published_at, id) index instead of sorting all
     * of its rows.
     */
    static String newestFirst(String articlesQuery, String fixedColumn) {
        return "SELECT a.id, a.feed_id, a.title, a.url, pf.topic, a.published_at, a.summary_text, " + FEED_TITLE
                + " AS feed_title FROM (" + articlesQuery + " ORDER BY "
                + (fixedColumn.isEmpty() ? "" : fixedColumn + ", ") + "a.published_at DESC, a.id DESC "
                + "LIMIT :limit OFFSET :offset) a JOIN feed pf ON pf.id = a.feed_id ORDER BY a.published_at DESC, a.id DESC";
    }

    public Optional<Article> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.*, pf.topic, " + FEED_TITLE + " AS feed_title "
                        + "FROM article a JOIN feed pf ON pf.id = a.feed_id WHERE a.id = :id")
                .bind("id", id).map(ARTICLE).findOne());
    }

    /** How many articles there are in all. */
    public int countAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article").mapTo(Integer.class).one());
    }

    /** The lowest and highest article id ({0, 0} when there are none). */
    public long[] idRange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM article")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
