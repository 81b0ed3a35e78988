package de.presseschau.web;

import de.presseschau.model.Article;
import de.presseschau.store.ArticleStore;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** The clean reading view of one article. */
public final class ArticlePage {

    private final ArticleStore articles;
    private final GermanTime time;
    private final Pages pages;

    ArticlePage(ArticleStore articles, GermanTime time, Pages pages) {
        this.articles = articles;
        this.time = time;
        this.pages = pages;
    }

    void show(Context ctx) {
        Article article = articles.findById(articleId(ctx.pathParam("id")))
                .orElseThrow(() -> new NotFoundResponse("Diesen Artikel gibt es nicht (mehr)."));
        pages.render(ctx, "article.jte", new Model(article.title(), article.feedTitle(),
                time.moment(article.publishedAt()), body(article), Links.external(article.url()),
                origin(article), article.topic(), Links.topic(article.topic())));
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
        };
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    public record Model(String title, String source, GermanTime.Moment time, String bodyHtml, String originalUrl,
                        String origin, String topic, String topicLink) {
    }
}
