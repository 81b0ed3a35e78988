package de.presseschau.web;

import de.presseschau.model.Article;
import de.presseschau.model.ArticleTeaser;
import de.presseschau.store.ArticleStore;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * /topic/{name}.atom: a topic's newest articles as an Atom 1.0 feed with their extracted (sanitized) bodies, so
 * another reader can subscribe to what Presseschau gathered.
 */
final class TopicAtom {

    /** Entries per feed: a day or two of a busy topic, as feed readers expect. */
    static final int ENTRIES = 30;

    private final ArticleStore articles;
    private final Clock clock;

    TopicAtom(ArticleStore articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    void send(Context ctx) {
        String topic = ctx.pathParam("name");
        if (articles.countByTopic().stream().noneMatch(count -> count.name().equals(topic))) {
            throw new NotFoundResponse("Das Thema „" + topic + "“ gibt es nicht.");
        }
        String base = ctx.scheme() + "://" + ctx.host();
        List<Article> newest = articles.findTeasers(topic, ENTRIES, 0).stream().map(ArticleTeaser::id)
                .map(articles::findById).flatMap(Optional::stream).toList();
        Instant updated = newest.isEmpty() ? clock.instant() : newest.get(0).publishedAt();
        StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\">\n");
        element(atom, "  ", "title", topic + " – Presseschau");
        element(atom, "  ", "id", base + Links.topic(topic) + ".atom");
        atom.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(escape(base + Links.topic(topic) + ".atom")).append("\"/>\n");
        atom.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(base + Links.topic(topic)))
                .append("\"/>\n");
        element(atom, "  ", "updated", date(updated));
        element(atom, "  ", "generator", "Presseschau");
        for (Article article : newest) {
            entry(atom, article, base);
        }
        ctx.contentType("application/atom+xml; charset=utf-8").result(atom.append("</feed>\n").toString());
    }

    private static void entry(StringBuilder atom, Article article, String base) {
        atom.append("  <entry>\n");
        element(atom, "    ", "title", article.title() == null ? "(ohne Titel)" : article.title());
        // The original's address identifies the story for other readers; our own address is the fallback.
        String original = Links.external(article.url());
        element(atom, "    ", "id", original != null ? original : base + Links.article(article.id()));
        atom.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(escape(original != null ? original : base + Links.article(article.id()))).append("\"/>\n");
        atom.append("    <link rel=\"related\" type=\"text/html\" href=\"").append(escape(base + Links.article(article.id())))
                .append("\"/>\n");
        element(atom, "    ", "published", date(article.publishedAt()));
        element(atom, "    ", "updated", date(article.publishedAt()));
        atom.append("    <author>\n");
        element(atom, "      ", "name", article.author() != null ? article.author()
                : article.feedTitle() != null ? article.feedTitle() : "Presseschau");
        atom.append("    </author>\n");
        String body = hasText(article.contentHtml()) ? article.contentHtml() : article.summaryHtml();
        if (hasText(body)) {
            // Stored bodies are sanitized already; as type="html" the markup travels escaped, as Atom asks.
            atom.append("    <content type=\"html\">").append(escape(body)).append("</content>\n");
        }
        atom.append("  </entry>\n");
    }

    private static void element(StringBuilder atom, String indent, String name, String text) {
        atom.append(indent).append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
    }

    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
