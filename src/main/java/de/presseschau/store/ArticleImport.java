package de.presseschau.store;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.util.List;

/**
 * Stores many finished articles at once, each with its entry, in batched inserts: fills a database for the load
 * benchmark in seconds instead of the hours a refresh of that many pages would take.
 */
public final class ArticleImport {

    private final Jdbi jdbi;

    public ArticleImport(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Inserts the articles and one entry each (keyed by URL) in one transaction; the search index does not hold them yet. */
    public void insert(List<ImportedArticle> articles, Instant now) {
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO article (feed_id, url, title, published_at, date_from_feed, "
                    + "summary_html, summary_text, content_html, content_text, extraction, first_seen_at, section, "
                    + "section_source, section_confidence, read_at, starred_at) VALUES (:feedId, :url, "
                    + ":title, :publishedAt, TRUE, :summaryText, :summaryText, :contentHtml, :contentText, 'extracted', "
                    + ":now, :section, 'topic', 1, :readAt, :starredAt)");
            for (ImportedArticle article : articles) {
                batch.bind("feedId", article.feedId()).bind("url", article.url())
                        .bind("title", Texts.clip(article.title(), 4000))
                        .bind("publishedAt", Timestamps.bind(article.publishedAt()))
                        .bind("summaryText", Texts.clip(article.summaryText(), 4000))
                        .bind("contentHtml", article.contentHtml()).bind("contentText", article.contentText())
                        .bind("now", Timestamps.bind(now))
                        .bind("section", article.section() == null ? null : article.section().name())
                        .bind("readAt", Timestamps.bind(article.readAt()))
                        .bind("starredAt", Timestamps.bind(article.starredAt()))
                        .add();
            }
            List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
            ArticleCounts counts = ArticleCounts.inserted(h, ids);
            PreparedBatch entries = h.prepareBatch("INSERT INTO entry (feed_id, entry_key, article_id, first_seen_at) "
                    + "VALUES (:feedId, :key, :articleId, :now)");
            for (int i = 0; i < articles.size(); i++) {
                entries.bind("feedId", articles.get(i).feedId()).bind("key", articles.get(i).url())
                        .bind("articleId", ids.get(i)).bind("now", Timestamps.bind(now)).add();
            }
            entries.execute();
            counts.after();
        });
    }
}
