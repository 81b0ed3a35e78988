package de.presseschau.web;

import de.presseschau.model.Article;
import de.presseschau.model.Extraction;
import de.presseschau.model.Section;
import de.presseschau.model.SectionAssignment;
import de.presseschau.model.SectionSource;
import de.presseschau.model.ReadingState;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.ReadingStateStore;
import de.presseschau.store.SectionStore;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

/** The clean reading view of one article, its button to extract the article again, and the move to another section. */
public final class ArticlePage {

    private final ArticleStore articles;
    private final SectionStore sections;
    private final GermanTime time;
    private final Pages pages;
    private final LongFunction<String> reextract;
    private final ReadingStateStore states;
    private final Clock clock;

    /** {@code reextract} extracts one article again and says why it left it unchanged, or null when it replaced it. */
    ArticlePage(ArticleStore articles, SectionStore sections, GermanTime time, Pages pages, LongFunction<String> reextract,
                ReadingStateStore states, Clock clock) {
        this.states = states;
        this.clock = clock;
        this.articles = articles;
        this.sections = sections;
        this.time = time;
        this.pages = pages;
        this.reextract = reextract;
    }

    void show(Context ctx) {
        Article article = find(ctx);
        // Opening the reading view is reading it; "Als ungelesen markieren" sets it back. A HEAD (a link checker)
        // reads nothing.
        if (!ctx.method().equals(HandlerType.HEAD)) {
            states.markRead(article.id(), clock.instant());
        }
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
                time.moment(article.publishedAt()), LazyImages.apply(body(article)), Links.external(article.url()),
                origin(article), article.topic(), Links.topic(article.topic()), article.author(),
                article.extraction() == Extraction.PAYWALL,
                article.url() == null ? null : "/article/" + article.id() + "/reextract", notice,
                sectionView(article.id()), Links.article(article.id()) + "/section", SECTION_NAMES,
                states.find(article.id()).orElse(ReadingState.UNREAD), Links.article(article.id())));
    }

    private static final List<String> SECTION_NAMES = Arrays.stream(Section.values()).map(Section::displayName).toList();

    /**
     * The reader moves an article to another section (a plain form, no script); the move is kept, is never
     * overruled by the classifier, and teaches it at the next refresh.
     */
    void move(Context ctx) {
        long id = articleId(ctx.pathParam("id"));
        articles.findById(id).orElseThrow(() -> new NotFoundResponse("Diesen Artikel gibt es nicht (mehr)."));
        String name = ctx.formParam("section");
        Section section = Section.byName(name)
                .orElseThrow(() -> new BadRequestResponse("„" + name + "“ ist kein Ressort."));
        sections.save(id, new SectionAssignment(section, SectionSource.USER, null, 1));
        ctx.redirect(Links.article(id), HttpStatus.SEE_OTHER);
    }

    private SectionView sectionView(long articleId) {
        return sections.find(articleId)
                .map(a -> new SectionView(a.section().displayName(), Links.section(a.section()), a.reason()))
                .orElse(null);
    }

    /** The article's section, its link and why it is there. */
    public record SectionView(String name, String link, String reason) {
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
                        String reextractAction, String notice,
                        SectionView section, String moveLink, List<String> sectionNames,
                        ReadingState state, String link) {
    }
}
