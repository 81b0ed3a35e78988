package de.presseschau.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Strips what came along with the article body: controls, chrome, ad slots, related-article boxes, link lists. */
final class ContentCleaner {

    // Selectors are parsed once here: jsoup parses a selector string again on every call, a tenth of a page's extraction.
    private static final Evaluator REMOVED = QueryParser.parse("script, style, noscript, link, meta, template, nav, aside, footer, button, "
            + "input, select, textarea, label, iframe, frame, object, embed, svg, canvas, audio, video, source, "
            + "track, dialog, menu");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator A = QueryParser.parse("a");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator TEXT_OR_IMAGE = QueryParser.parse("p, img");
    private static final Evaluator TEXT_BLOCK = QueryParser.parse("p, div");
    private static final Evaluator TOP_HEADING = QueryParser.parse("h1, h2");
    private static final Evaluator TABLE_HEAD = QueryParser.parse("th, caption");
    private static final Evaluator FIGURE = QueryParser.parse("figure");
    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "dl", "table", "form",
            "header", "figure", "span", "center", "article");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> KEPT_EMPTY = Set.of("br", "hr", "img", "td", "th", "tr", "picture");

    private static final double LINK_ROUNDUP_SHARE = 0.8;
    private static final int MAX_TRAILING_LABEL = 80;
    private static final int MAX_PITCH = 300;
    private static final int MAX_AFFILIATE_NOTICE = 400;
    private static final int LINK_ROUNDUP_OTHER_TEXT = 200;

    private final CaptionCleaner captions = new CaptionCleaner();
    private final ArticleTail tail = new ArticleTail();

    /** Cleans the chosen blocks in place; {@code baseUri} tells the page's own links from links to other sites. */
    void clean(Element content, String title, String baseUri) {
        content.select(REMOVED).remove();
        content.select(IMG).forEach(LazyImages::resolve);
        removeAll(content, collectHiddenAndChrome(content));
        captions.clean(content);
        TextStats stats = new TextStats(content);
        removeAdvertSlots(content, stats);
        removeRelatedBoxes(content, stats);
        removeTitleHeading(content, title);
        removeWeakBlocks(content, hostOf(baseUri));
        removePitches(content);
        tail.clean(content);
        removeNavigationLinks(content);
        removeTrailingLabels(content);
        removeEmpty(content);
    }

    private static void removeAll(Element content, List<Element> doomed) {
        for (Element element : doomed) {
            if (element != content) {
                element.remove();
            }
        }
    }

    private static List<Element> collectHiddenAndChrome(Element content) {
        TextStats stats = new TextStats(content);
        int total = Math.max(1, stats.of(content).textLength());
        List<Element> doomed = new ArrayList<>();
        collectHiddenAndChrome(content, stats, total, doomed);
        return doomed;
    }

    private static void collectHiddenAndChrome(Element element, TextStats stats, int total, List<Element> doomed) {
        for (Element child : element.children()) {
            boolean isHidden = PagePreparer.isHidden(child)
                    || "true".equals(child.attr("aria-hidden")) && child.selectFirst(TEXT_OR_IMAGE) == null;
            // A block that holds most of the text is the article, whatever its class says. Headings and
            // paragraphs are text by nature: their ids are often anchors made from their words ("nav_...").
            boolean isTextBlock = HEADINGS.contains(child.normalName()) || child.normalName().equals("p");
            boolean isChrome = !isTextBlock
                    && (ClassHints.isUnlikelyContent(child) || ClassHints.isStrongChrome(child))
                    && stats.of(child).textLength() < total / 2;
            if (isHidden || isChrome) {
                doomed.add(child);
            } else {
                collectHiddenAndChrome(child, stats, total, doomed);
            }
        }
    }

    /** Removes "Anzeige" labels together with the ad slot around them. */
    private static void removeAdvertSlots(Element content, TextStats stats) {
        List<Element> doomed = new ArrayList<>();
        for (Element element : content.getAllElements()) {
            if (element != content && element.childrenSize() <= 1 && stats.of(element).textLength() <= 20
                    && RelatedLabels.isAdvertLabel(element.text())) {
                Element slot = element;
                while (slot.parent() != null && slot.parent() != content
                        && slot.parent().text().length() <= slot.text().length() + 30) {
                    slot = slot.parent();
                }
                doomed.add(slot);
            }
        }
        removeAll(content, doomed);
    }

    /** Removes boxes labelled "Mehr zum Thema" and the like: the label with the link list it introduces. */
    private static void removeRelatedBoxes(Element content, TextStats stats) {
        List<Element> labels = new ArrayList<>();
        for (Element element : content.getAllElements()) {
            if (element == content || stats.of(element).textLength() >= 400) {
                continue;
            }
            String text = element.text();
            if (text.length() <= 80 && RelatedLabels.isRelatedLabel(text) && isLabelLike(element)) {
                labels.add(element);
            } else if (isTextBlock(element) && RelatedLabels.startsWithRelatedLabel(text)
                    && element.selectFirst(A) != null && text.length() < 400) {
                labels.add(element);
            }
        }
        for (Element label : labels) {
            if (label.parent() == null) {
                continue;
            }
            Element box = boxAround(label, content);
            if (box != label) {
                box.remove();
                continue;
            }
            // A bare heading: what follows it up to the next real paragraph is the box.
            Element next = label.nextElementSibling();
            label.remove();
            while (next != null && isLinkList(next)) {
                Element after = next.nextElementSibling();
                next.remove();
                next = after;
            }
        }
    }

    private static boolean isLabelLike(Element element) {
        return HEADINGS.contains(element.normalName()) || element.childrenSize() <= 2;
    }

    private static boolean isTextBlock(Element element) {
        String tag = element.normalName();
        return tag.equals("p") || tag.equals("li") || tag.equals("div") && element.selectFirst(TEXT_BLOCK) == null;
    }

    /** The largest ancestor of the label that is still only the box: links and short text, no article paragraphs. */
    private static Element boxAround(Element label, Element content) {
        Element box = label;
        while (box.parent() != null && box.parent() != content) {
            Element parent = box.parent();
            TextStats stats = new TextStats(parent);
            TextStats.Counts counts = stats.of(parent);
            int otherText = counts.textLength() - label.text().length();
            boolean isOnlyLinks = otherText <= 0 || counts.linkDensity() >= 0.5 || otherText < 120;
            if (!isOnlyLinks || parent.text().length() > 3000) {
                break;
            }
            box = parent;
        }
        return box;
    }

    private static boolean isLinkList(Element element) {
        TextStats.Counts counts = new TextStats(element).of(element);
        String tag = element.normalName();
        if (HEADINGS.contains(tag)) {
            return false;
        }
        return counts.textLength() == 0 || counts.linkDensity() >= 0.5;
    }

    /** The headline is shown apart from the body, so its copy inside the body goes. */
    private static void removeTitleHeading(Element content, String title) {
        String wanted = normalize(title);
        for (Element heading : content.select(TOP_HEADING)) {
            String text = normalize(heading.text());
            if (heading.normalName().equals("h1") && (wanted.isEmpty() || text.isEmpty())
                    || !text.isEmpty() && !wanted.isEmpty() && (wanted.contains(text) || text.contains(wanted))) {
                heading.remove();
                return;
            }
        }
    }

    private static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Link lists and short chrome go, unless they are nearly all the chosen text: then the post is a link roundup
     * (a bookmark list, a press review) with hardly a line of its own, and its links are the article. Only when
     * most links lead to other sites: a box of the site's own headlines, chosen for want of anything better, still goes.
     */
    private static void removeWeakBlocks(Element content, String pageHost) {
        TextStats stats = new TextStats(content);
        List<Element> weak = collectWeakBlocks(content, stats);
        int weakText = 0;
        for (Element element : weak) {
            weakText += stats.of(element).textLength();
        }
        int total = stats.of(content).textLength();
        if (weakText > LINK_ROUNDUP_SHARE * total && total - weakText < LINK_ROUNDUP_OTHER_TEXT
                && linksMostlyLeaveTheSite(weak, pageHost)) {
            return;
        }
        removeAll(content, weak);
    }

    private static boolean linksMostlyLeaveTheSite(List<Element> blocks, String pageHost) {
        int links = 0;
        int external = 0;
        for (Element block : blocks) {
            for (Element link : block.select(LINK)) {
                links++;
                String host = hostOf(link.attr("href"));
                if (!host.isEmpty() && !host.equals(pageHost)) {
                    external++;
                }
            }
        }
        return links > 0 && external * 2 > links;
    }

    /** The host without "www.", or empty for relative or unreadable addresses. */
    private static String hostOf(String url) {
        if (url == null || !url.regionMatches(true, 0, "http", 0, 4)) {
            return "";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return lower.startsWith("www.") ? lower.substring(4) : lower;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static List<Element> collectWeakBlocks(Element content, TextStats stats) {
        List<Element> doomed = new ArrayList<>();
        // The chosen blocks themselves stay (a link roundup is still the post); only what they contain is judged.
        for (Element chosen : content.children()) {
            collectWeakBlocks(chosen, stats, doomed);
        }
        return doomed;
    }

    private static void collectWeakBlocks(Element element, TextStats stats, List<Element> doomed) {
        for (Element child : element.children()) {
            if (isWeak(child, stats)) {
                doomed.add(child);
            } else {
                collectWeakBlocks(child, stats, doomed);
            }
        }
    }

    /** Blocks that are mostly links, images without text, or short chrome rather than prose. */
    private static boolean isWeak(Element element, TextStats stats) {
        String tag = element.normalName();
        TextStats.Counts counts = stats.of(element);
        int length = counts.textLength();
        double linkDensity = counts.linkDensity();
        boolean isNegative = HEADINGS.contains(tag) ? ClassHints.isNegativeClass(element) : ClassHints.isNegative(element);
        if ((tag.equals("p") || HEADINGS.contains(tag)) && isNegative && !ClassHints.isLead(element)) {
            return length < 200 || linkDensity > 0.5;
        }
        if (!CONDITIONAL.contains(tag)) {
            return false;
        }
        if (counts.commas() >= 10 && linkDensity < 0.5) {
            return false;
        }
        int weight = ClassHints.weight(element);
        int paragraphs = counts.paragraphs();
        int images = counts.images();
        if (tag.equals("figure") || tag.equals("table") && element.selectFirst(TABLE_HEAD) != null) {
            return linkDensity > 0.5 && length > 0;
        }
        if (linkDensity > 0.5) {
            return true;
        }
        if (weight < 25 && linkDensity > 0.3) {
            return true;
        }
        if (isNegative && weight <= 0 && length < 200 && paragraphs == 0) {
            return true;
        }
        if (images > 1 && paragraphs * 2 < images && length < 200 && element.closest(FIGURE) == null) {
            return true;
        }
        return length < 25 && images == 0 && counts.linkLength() > 0;
    }

    /**
     * Removes lines that sell something besides the article: newsletter sign-ups, lines labelled "Anzeige" and notes
     * that its links are affiliate links.
     */
    private static void removePitches(Element content) {
        List<Element> blocks = new ArrayList<>();
        collectTextBlocks(content, blocks);
        for (Element block : blocks) {
            String text = block.text();
            if (text.length() <= MAX_PITCH && (RelatedLabels.isNewsletterPitch(text)
                    || RelatedLabels.isAdvertLabel(text) || RelatedLabels.startsWithAdvertLabel(text))
                    || text.length() <= MAX_AFFILIATE_NOTICE && RelatedLabels.isAffiliateNotice(text)) {
                block.remove();
            }
        }
    }

    /** A "zurück" or "nach oben" link standing in the body is the site's navigation left behind. */
    private static void removeNavigationLinks(Element content) {
        for (Element link : content.select(A)) {
            if (RelatedLabels.isNavigationLink(link.text())) {
                link.remove();
            }
        }
    }

    /**
     * A heading or a short line ending in ":", "?" or "…" as the very last text introduces something that was not
     * kept (the links under "Weitere Informationen:", the share buttons under "Möchten Sie den Artikel teilen?"):
     * with nothing after it, it is a label of chrome, not the article's last words.
     */
    private static void removeTrailingLabels(Element content) {
        List<Element> blocks = new ArrayList<>();
        collectTextBlocks(content, blocks);
        for (int i = blocks.size() - 1; i > 0 && isDanglingLabel(blocks.get(i)); i--) {
            blocks.get(i).remove();
        }
    }

    private static boolean isDanglingLabel(Element block) {
        String text = block.text().strip();
        if (text.isEmpty()) {
            return true;
        }
        if (text.length() > MAX_TRAILING_LABEL) {
            return false;
        }
        return HEADINGS.contains(block.normalName()) || text.endsWith(":") || text.endsWith("?")
                || text.endsWith("…") || text.endsWith("...");
    }

    /** The innermost blocks that hold text, in document order. */
    static void collectTextBlocks(Element element, List<Element> blocks) {
        boolean hasBlockChild = false;
        for (Element child : element.children()) {
            if (!TextBlocks.isInline(child)) {
                hasBlockChild = true;
                collectTextBlocks(child, blocks);
            }
        }
        if (!hasBlockChild && element.hasText() && !TextBlocks.isInline(element)) {
            blocks.add(element);
        }
    }

    private static void removeEmpty(Element content) {
        var all = content.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element element = all.get(i);
            if (element.parent() != null && !KEPT_EMPTY.contains(element.normalName()) && !element.hasText()
                    && element.getElementsByTag("img").isEmpty()) {
                element.remove();
            }
        }
    }
}
