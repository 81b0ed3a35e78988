package de.presseschau.refresh;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.PendingArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

/** Extracts stored articles again from their pages, so improvements of the extractor reach them. */
public final class Reextractor {

    /** Articles handled per run at most. */
    private static final int MAX_ARTICLES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(Reextractor.class);

    /** How a run went: articles replaced, and those left as they were (page unusable, or poorer than before). */
    public record Report(int replaced, int unchanged) {
    }

    private final BodyUpdater bodies;
    private final ArticleStore articles;

    /** {@code pages} says which addresses article pages may come from. */
    public Reextractor(Fetcher fetcher, AddressPolicy pages, ArticleExtractor extractor, ArticleStore articles) {
        this.bodies = new BodyUpdater(fetcher, pages, extractor, articles);
        this.articles = articles;
    }

    /** The articles of one feed (null: all) first seen since a moment (null: ever), one page after the other. */
    public Report reextract(String feedUrl, Instant since, IntConsumer progress) {
        List<PendingArticle> found = articles.findForReextraction(feedUrl, since, MAX_ARTICLES);
        int replaced = 0;
        for (int i = 0; i < found.size(); i++) {
            replaced += reextractSafely(found.get(i)) == null ? 1 : 0;
            progress.accept(i + 1);
        }
        return new Report(replaced, found.size() - replaced);
    }

    /** One article; returns why it was left unchanged, or null when its body was replaced. */
    public String reextract(long articleId) {
        PendingArticle article = articles.findForReextraction(articleId)
                .orElseThrow(() -> new IllegalArgumentException("Artikel " + articleId + " hat keine Originalseite"));
        return reextractSafely(article);
    }

    private String reextractSafely(PendingArticle article) {
        try {
            return bodies.reextract(article);
        } catch (RuntimeException e) {
            log.warn("Extracting {} again failed", article.url(), e);
            return "Fehler beim Extrahieren: " + e.getMessage();
        }
    }
}
