package de.presseschau.extract;

import org.jsoup.Jsoup;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/** Finds an article's main text in a publisher's page, readability-style, and returns it sanitized. */
public final class ArticleExtractor {

    /** Below this much text the first, stricter pass probably threw the article away with the chrome. */
    private static final int MIN_BODY_CHARS = 500;
    private static final Evaluator BASE = QueryParser.parse("base[href]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href], meta[property=og:url][content]");

    private final HtmlSanitizer sanitizer;
    private final PageDecoder decoder = new PageDecoder();
    private final TitleFinder titleFinder = new TitleFinder();
    private final PagePreparer preparer = new PagePreparer();
    private final ContentFinder finder = new ContentFinder();
    private final LeadFinder leadFinder = new LeadFinder();
    private final ContentCleaner cleaner = new ContentCleaner();
    private final BylineFinder bylineFinder = new BylineFinder();
    private final PaywallDetector paywalls = new PaywallDetector();

    public ArticleExtractor(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** Decodes the page bytes (BOM, HTTP charset, meta charset, else UTF-8) and extracts. */
    public ExtractedArticle extract(byte[] page, String httpCharset, String pageUrl) {
        return extract(decoder.decode(page, httpCharset), pageUrl);
    }

    /** Extracts from an already decoded page. */
    public ExtractedArticle extract(String html, String pageUrl) {
        Document document = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        String baseUri = baseUri(document, pageUrl);
        String title = titleFinder.find(document);
        // Everything read from the page as served comes first: extraction removes scripts, hidden boxes and chrome.
        StructuredData data = StructuredData.of(document);
        BylineFinder.Byline byline = bylineFinder.find(document, data);
        String paywallBox = paywalls.boxReason(document);
        boolean isPaidPartMissing = paywalls.isPaidPartMissing(document, data);
        Body body = extractFrom(document, title, baseUri, true);
        if (body.text().length() < MIN_BODY_CHARS) {
            // Parsing again is cheaper than keeping a copy of every page for the few that need a second pass.
            Document fresh = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
            Body lenient = extractFrom(fresh, title, baseUri, false);
            body = lenient.text().length() > body.text().length() ? lenient : body;
        }
        String paywall = paywalls.reason(paywallBox, isPaidPartMissing, body.text());
        return new ExtractedArticle(title, body.html(), body.text(), byline.author(), byline.publishedAt(), paywall);
    }

    private record Body(String html, String text) {
    }

    private Body extractFrom(Document document, String title, String baseUri, boolean removeUnlikely) {
        Element body = document.body();
        preparer.prepare(body, removeUnlikely);
        List<Element> chosen = leadFinder.withLead(finder.find(body), body);
        Element content = new Element("div");
        for (Element element : chosen) {
            content.appendChild(element == body ? wrapChildren(body) : element);
        }
        cleaner.clean(content, title, baseUri);
        // Sanitize last: extraction may bring markup back from the original page.
        HtmlSanitizer.Sanitized clean = sanitizer.sanitizeWithText(content, baseUri);
        return new Body(clean.html(), clean.text());
    }

    private static Element wrapChildren(Element body) {
        Element wrapper = new Element("div");
        wrapper.insertChildren(0, body.childNodesCopy());
        return wrapper;
    }

    /** The page's own URL, else its canonical or og:url, so relative links resolve even without one. */
    private static String baseUri(Document document, String pageUrl) {
        if (pageUrl != null && !pageUrl.isBlank()) {
            Element base = document.selectFirst(BASE);
            return base == null ? pageUrl : base.absUrl("href").isEmpty() ? pageUrl : base.absUrl("href");
        }
        Element canonical = document.selectFirst(CANONICAL);
        if (canonical == null) {
            return "";
        }
        return canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
    }
}
