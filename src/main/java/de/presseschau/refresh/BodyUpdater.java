package de.presseschau.refresh;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.ExtractedArticle;
import de.presseschau.fetch.ContentTypes;
import de.presseschau.fetch.FetchRequest;
import de.presseschau.fetch.FetchResult;
import de.presseschau.fetch.Fetcher;
import de.presseschau.model.Extraction;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.PendingArticle;

/**
 * Gives a new article its body: fetches the article page and extracts it, or keeps the feed's own
 * content when the page cannot be had or gives less than the feed. The outcome is stored with a reason.
 */
final class BodyUpdater {

    private final Fetcher fetcher;
    private final ArticleExtractor extractor;
    private final ArticleStore articles;

    BodyUpdater(Fetcher fetcher, ArticleExtractor extractor, ArticleStore articles) {
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.articles = articles;
    }

    /** Returns what was stored. */
    Extraction update(PendingArticle article) {
        FetchResult result = fetcher.fetch(FetchRequest.of(article.url()));
        if (!(result instanceof FetchResult.Fetched page)) {
            String reason = result instanceof FetchResult.Failed failed ? failed.reason() : "keine Antwort";
            return fallBack(article, "Artikelseite nicht abrufbar: " + reason);
        }
        String type = ContentTypes.mediaType(page.contentType());
        if (!type.isEmpty() && !type.contains("html")) {
            return fallBack(article, "Artikelseite ist kein HTML (" + type + ")");
        }
        ExtractedArticle extracted = extractor.extract(page.body(), page.charset(), page.url());
        if (!extracted.hasBody()) {
            return fallBack(article, "Kein Artikeltext auf der Seite gefunden");
        }
        if (length(article.feedText()) > length(extracted.contentText())) {
            return fallBack(article, "Die Seite enthielt weniger Text als der Feed");
        }
        articles.saveExtracted(article.id(), extracted.contentHtml(), extracted.contentText());
        return Extraction.EXTRACTED;
    }

    /** Keeps the feed's content when there is some; an article with neither is marked failed. */
    Extraction fallBack(PendingArticle article, String reason) {
        Extraction outcome = length(article.feedText()) > 0 ? Extraction.FEED : Extraction.FAILED;
        articles.saveFallback(article.id(), outcome, reason);
        return outcome;
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }
}
