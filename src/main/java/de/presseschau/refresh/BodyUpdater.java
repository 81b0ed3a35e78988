package de.presseschau.refresh;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.ExtractedArticle;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.ContentTypes;
import de.presseschau.fetch.FetchRequest;
import de.presseschau.fetch.FetchResult;
import de.presseschau.fetch.Fetcher;
import de.presseschau.model.Extraction;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.BodyOutcome;
import de.presseschau.store.PageBody;
import de.presseschau.store.PendingArticle;

import java.util.List;

/**
 * Gives an article its body: fetches the article page and extracts it, or keeps the feed's own content when the
 * page cannot be had or gives less than the feed, with a reason. New articles' outcomes are stored by the caller
 * (in batches), a re-extraction's at once.
 */
final class BodyUpdater {

    /** What the page gave: a body, or the reason it gave none. */
    private sealed interface PageResult permits Body, Unusable {
    }

    private record Body(ExtractedArticle article) implements PageResult {
    }

    private record Unusable(String reason) implements PageResult {
    }

    private final Fetcher fetcher;
    private final Fetcher localFetcher;
    private final ArticleExtractor extractor;
    private final ArticleStore articles;

    /**
     * {@code pages} says which addresses article pages may come from; the pages of a feed marked {@code +lokal} may
     * come from any.
     */
    BodyUpdater(Fetcher fetcher, AddressPolicy pages, ArticleExtractor extractor, ArticleStore articles) {
        this.fetcher = fetcher.restrictedTo(pages);
        this.localFetcher = fetcher.restrictedTo(AddressPolicy.anyAddress());
        this.extractor = extractor;
        this.articles = articles;
    }

    /**
     * For a new article: what it should get from its page or its feed, not yet stored. {@code requestsDone} runs once
     * the page is fetched, before it is extracted.
     */
    BodyOutcome decide(PendingArticle article, Runnable requestsDone) {
        PageResult result = fromPage(article, requestsDone);
        if (result instanceof Unusable unusable) {
            return fallBack(article, unusable.reason());
        }
        return outcome(article, ((Body) result).article(), true);
    }

    /**
     * For an article already stored: its body is replaced only when the page gives one, so a page gone offline
     * since leaves the article as it was. Returns the reason it was left unchanged, or null when it was replaced.
     */
    String reextract(PendingArticle article) {
        PageResult result = fromPage(article, () -> { });
        if (result instanceof Unusable unusable) {
            return unusable.reason();
        }
        ExtractedArticle extracted = ((Body) result).article();
        if (!extracted.isPaywalled() && length(article.feedText()) > length(extracted.contentText())) {
            return "Die Seite enthielt weniger Text als der Feed";
        }
        articles.saveBodies(List.of(outcome(article, extracted, false)));
        return null;
    }

    private PageResult fromPage(PendingArticle article, Runnable requestsDone) {
        FetchResult result = (article.allowsPrivate() ? localFetcher : fetcher).fetch(FetchRequest.of(article.url()),
                requestsDone);
        if (!(result instanceof FetchResult.Fetched page)) {
            String reason = result instanceof FetchResult.Failed failed ? failed.reason() : "keine Antwort";
            return new Unusable("Artikelseite nicht abrufbar: " + reason);
        }
        String type = ContentTypes.mediaType(page.contentType());
        if (!type.isEmpty() && !type.contains("html")) {
            return new Unusable("Artikelseite ist kein HTML (" + type + ")");
        }
        ExtractedArticle extracted = extractor.extract(page.body(), page.charset(), page.url());
        if (!extracted.hasBody()) {
            return new Unusable("Kein Artikeltext auf der Seite gefunden");
        }
        return new Body(extracted);
    }

    private BodyOutcome outcome(PendingArticle article, ExtractedArticle extracted, boolean mayFallBack) {
        if (extracted.isPaywalled()) {
            // The teaser is all the page gives; the feed's text may be longer, but it is no more the whole article.
            if (mayFallBack && length(article.feedText()) > length(extracted.contentText())) {
                return new BodyOutcome.Fallback(article.id(), Extraction.PAYWALL, extracted.paywallReason());
            }
            return new BodyOutcome.FromPage(article.id(), pageBody(extracted, Extraction.PAYWALL, extracted.paywallReason()));
        }
        if (mayFallBack && length(article.feedText()) > length(extracted.contentText())) {
            return fallBack(article, "Die Seite enthielt weniger Text als der Feed");
        }
        return new BodyOutcome.FromPage(article.id(), pageBody(extracted, Extraction.EXTRACTED, null));
    }

    private static PageBody pageBody(ExtractedArticle extracted, Extraction outcome, String note) {
        return new PageBody(extracted.contentHtml(), extracted.contentText(), extracted.author(),
                extracted.publishedAt(), outcome, note);
    }

    /** Keeps the feed's content when there is some; an article with neither is marked failed. */
    BodyOutcome fallBack(PendingArticle article, String reason) {
        return new BodyOutcome.Fallback(article.id(), length(article.feedText()) > 0 ? Extraction.FEED : Extraction.FAILED,
                reason);
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }
}
