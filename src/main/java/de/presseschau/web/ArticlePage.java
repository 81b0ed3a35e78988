package de.presseschau.web;

import de.presseschau.model.Article;
import de.presseschau.model.Extraction;
import de.presseschau.store.ArticleStore;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.util.function.LongFunction;

/** The clean reading view of one article, and its button to extract the article again. */
public final class ArticlePage {

    private final ArticleStore articles;
    private final GermanTime time;
    private final Pages pages;
    private final LongFunction<String> reextract;

    /** {@code reextract} extracts one article again and says why it left it unchanged, or null when it replaced it. */
    ArticlePage(ArticleStore articles, GermanTime time, Pages pages, LongFunction<String> reextract) {
        this.articles = articles;
        this.time = time;
        this.pages = pages;
        this.reextract = reextract;
    }

    void show(Context ctx) {
        Article article = find(ctx);
        String notice = ctx.queryParam("neu") != null ? "Der Artikel wurde neu von der Originalseite geholt." : null;
        render(ctx, article, notice);
    }

    /** POST: fetches the page again; the view then shows the new body, or why the old one stayed. */
    void reextract(Context ctx) {
        Article article = find(ctx);
        if (article.url() == null) {
            throw new BadRequestResponse("Dieser Artikel hat keine Originalseite, die neu geholt werden könnte.");
        }
        String unchanged = reextract.apply(article.id());
        if (unchanged == null) {
            ctx.redirect("/article/" + article.id() + "?neu", HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, article, "Der Artikel blieb unverändert: " + unchanged + ".");
    }

    private Article find(Context ctx) {
        return articles.findById(articleId(ctx.pathParam("id")))
                .orElseThrow(() -> new NotFoundResponse("Diesen Artikel gibt es nicht (mehr)."));
    }

    private void render(Context ctx, Article article, String notice) {
        pages.render(ctx, "article.jte", new Model(article.title(), article.feedTitle(),
                time.moment(article.publishedAt()), body(article), Links.external(article.url()),
                origin(article), article.topic(), Links.topic(article.topic()), article.author(),
                article.extraction() == Extraction.PAYWALL,
                article.url() == null ? null : "/article/" + article.id() + "/reextract", notice));
    }

    static long articleId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("„" + raw + "“ ist keine gültige Artikelnummer.");
        }
    }

    /** The body is sanitized before it is stored, so it is shown as HTML; null when there is nothing to show. */
    private static String body(Article article) {
        if (hasText(article.contentHtml())) {
            return article.contentHtml();
        }
        return hasText(article.summaryHtml()) ? article.summaryHtml() : null;
    }

    private static String origin(Article article) {
        String note = hasText(article.extractionNote()) ? " (" + article.extractionNote().strip() + ")" : "";
        return switch (article.extraction()) {
            case EXTRACTED -> "Text von der Originalseite übernommen.";
            case FEED -> "Inhalt aus dem Feed" + note + ".";
            case PENDING -> "Inhalt aus dem Feed; der vollständige Text wird noch geladen.";
            case FAILED -> "Der Text konnte nicht geladen werden" + note + ".";
            case PAYWALL -> "Nur der frei lesbare Anfang von der Originalseite" + note + ".";
        };
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * {@code isPaywalled}: the body is only the free beginning of a paid article; {@code reextractAction}: where the
     * button posts (null without an original page); {@code notice}: the outcome of that button, else null.
     */
    public record Model(String title, String source, GermanTime.Moment time, String bodyHtml, String originalUrl,
                        String origin, String topic, String topicLink, String author, boolean isPaywalled,
                        String reextractAction, String notice) {
    }
}
