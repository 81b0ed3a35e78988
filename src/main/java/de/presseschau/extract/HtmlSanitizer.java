package de.presseschau.extract;

import org.jsoup.Jsoup;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.Locale;
import java.util.Set;

/** Removes unsafe markup from article HTML, keeping text, structure, links and images with absolute URLs. */
public final class HtmlSanitizer {

    /** Structural elements outside the allowlist that still separate blocks of text; kept as div so words do not run together. */
    private static final Set<String> BLOCKS_AS_DIV = Set.of(
            "section", "article", "main", "header", "footer", "aside", "address", "center",
            "details", "summary", "hgroup", "nav", "picture", "dialog");
    /** Dropped with their content: they carry code, embedded documents or controls, never article text. */
    private static final Evaluator DROPPED = QueryParser.parse("script, style, noscript, template, iframe, frame, frameset, embed, param, "
            + "form, input, button, select, textarea, svg, math, canvas, link, meta, base");
    /** Embedded objects go, but what they hold is the fallback a browser shows when it cannot run them: kept. */
    private static final Evaluator UNWRAPPED = QueryParser.parse("object, applet");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Set<String> KEPT_EMPTY = Set.of("br", "img", "hr", "td", "th");

    private final Cleaner cleaner = new Cleaner(safelist());
    private final TextRenderer textRenderer = new TextRenderer();

    private static Safelist safelist() {
        return new Safelist()
                .addTags("p", "br", "div", "span", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
                        "blockquote", "q", "cite", "pre", "code", "em", "strong", "b", "i", "u", "s", "small", "mark",
                        "sub", "sup", "abbr", "time", "hr", "table", "caption", "thead", "tbody", "tfoot", "tr", "th",
                        "td", "figure", "figcaption", "a", "img")
                .addAttributes("a", "href")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("th", "colspan", "rowspan")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("abbr", "title")
                .addAttributes("ol", "start")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https")
                .addEnforcedAttribute("a", "rel", "noopener noreferrer");
    }

    /** Sanitized HTML and its plain text, as {@link #sanitize} and {@link #toText} of that would give them. */
    public record Sanitized(String html, String text) {
    }

    /** Sanitized HTML; relative links and image sources are resolved against {@code baseUri}. */
    public String sanitize(String html, String baseUri) {
        return clean(html, baseUri).body().html();
    }

    /**
     * Sanitized HTML and its text from one parse: the text is rendered from the cleaned tree instead of parsing the
     * sanitized HTML again, which was a third of the work for a feed entry's teaser.
     */
    public Sanitized sanitizeWithText(String html, String baseUri) {
        Element body = clean(html, baseUri).body();
        return new Sanitized(body.html(), textRenderer.render(body));
    }

    /**
     * As {@link #sanitizeWithText(String, String)} for markup already parsed, such as a page's extracted body: moved
     * (taken from its parent) into a document of its own instead of written out and parsed again, which took about an
     * eighth of the page workers' CPU in the refresh bench.
     */
    public Sanitized sanitizeWithText(Element content, String baseUri) {
        Document dirty = Document.createShell(baseUri == null ? "" : baseUri);
        dirty.body().appendChild(content);
        Element body = clean(dirty).body();
        return new Sanitized(body.html(), textRenderer.render(body));
    }

    private Document clean(String html, String baseUri) {
        return clean(Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri));
    }

    private Document clean(Document dirty) {
        prepare(dirty.body());
        Document clean = cleaner.clean(dirty);
        removeEmptyWrappers(clean.body());
        clean.outputSettings().prettyPrint(false);
        return clean;
    }

    /** The plain text of (sanitized or not) HTML, paragraphs separated by blank lines. */
    public String toText(String html) {
        return textRenderer.render(Jsoup.parseBodyFragment(html == null ? "" : html).body());
    }

    private static void prepare(Element body) {
        body.select(DROPPED).remove();
        body.select(UNWRAPPED).unwrap();
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("h1")) {
                // The page title is shown above the body; a heading inside it ranks below.
                element.tagName("h2");
            } else if (BLOCKS_AS_DIV.contains(tag)) {
                element.tagName("div");
            } else if (tag.equals("img")) {
                prepareImage(element);
            }
        }
    }

    private static void prepareImage(Element img) {
        // Inline data: images are dropped with other non-http sources; the protocol allowlist would refuse them anyway.
        String src = LazyImages.bestSource(img);
        if (src.isEmpty() || isTrackingPixel(img)) {
            img.remove();
            return;
        }
        img.attr("src", src);
        String absolute = img.absUrl("src");
        if (!absolute.isEmpty()) {
            img.attr("src", absolute);
        }
    }

    private static boolean isTrackingPixel(Element img) {
        return isAtMostOnePixel(img.attr("width")) && isAtMostOnePixel(img.attr("height"));
    }

    private static boolean isAtMostOnePixel(String size) {
        String digits = size.trim().toLowerCase(Locale.ROOT).replace("px", "");
        return digits.equals("0") || digits.equals("1");
    }

    private static void removeEmptyWrappers(Element body) {
        for (Element img : body.select(IMG)) {
            if (img.attr("src").isEmpty()) {
                img.remove();
            }
        }
        // Children come after their parents in getAllElements(); walk backwards so emptied parents go too.
        var all = body.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element element = all.get(i);
            if (element.parent() == null || KEPT_EMPTY.contains(element.normalName())) {
                continue;
            }
            if (element.childrenSize() == 0 && !element.hasText()) {
                element.remove();
            } else if (element.normalName().equals("a") && !element.hasAttr("href")) {
                element.unwrap();
            }
        }
    }
}
