package de.presseschau.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Removes what is never article text from a parsed page: code, embeds, controls, hidden elements and, when asked, chrome. */
final class PagePreparer {

    private static final Evaluator NEVER_CONTENT = QueryParser.parse("script, style, link, template, svg, canvas, iframe, frame, object, embed, "
            + "applet, select, textarea, button, input, nav, dialog, menu");
    private static final Evaluator NOSCRIPT = QueryParser.parse("noscript");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final List<String> KEPT_TAGS = List.of("html", "body", "a", "table", "tbody",
            "thead", "tr", "td", "th", "p", "pre", "code", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "img");

    void prepare(Element body, boolean removeUnlikely) {
        body.select(NEVER_CONTENT).remove();
        body.select(NOSCRIPT).forEach(PagePreparer::unwrapNoscriptImage);
        List<Element> doomed = new ArrayList<>();
        collect(body, removeUnlikely, doomed);
        doomed.forEach(Element::remove);
    }

    /** Lazy-loading pages put the real image in noscript; keep it when no usable image sits beside it. */
    private static void unwrapNoscriptImage(Element noscript) {
        Element parent = noscript.parent();
        boolean hasImage = !noscript.select(IMG).isEmpty();
        boolean parentHasImage = parent != null && parent.select(IMG).stream()
                .anyMatch(img -> !isInside(img, noscript) && !LazyImages.bestSource(img).isEmpty());
        if (hasImage && !parentHasImage) {
            noscript.unwrap();
        } else {
            noscript.remove();
        }
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Element element, boolean removeUnlikely, List<Element> doomed) {
        for (Element child : element.children()) {
            if (isHidden(child) || removeUnlikely && isUnlikely(child)) {
                doomed.add(child);
            } else {
                collect(child, removeUnlikely, doomed);
            }
        }
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        if (!style.isEmpty()) {
            String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnlikely(Element element) {
        String tag = element.normalName();
        if (element.hasAttr("itemprop") && isArticleBody(element)) {
            return false;
        }
        if (tag.equals("article") || tag.equals("main")) {
            return ClassHints.isOverlay(element);
        }
        if (KEPT_TAGS.contains(tag)) {
            return false;
        }
        if (tag.equals("footer") || tag.equals("aside")) {
            return element.selectFirst(ARTICLE_BODY) == null;
        }
        return ClassHints.isUnlikelyContent(element) && element.selectFirst(ARTICLE_BODY) == null;
    }

    static boolean isArticleBody(Element element) {
        return element.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
    }
}
