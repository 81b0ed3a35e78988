package de.presseschau.extract;

import org.jsoup.nodes.Element;

import java.util.Set;

/** Which elements are inline, which are blocks, and which hold paragraph text worth scoring. */
final class TextBlocks {

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
            "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br",
            "img", "ins", "del");
    /** Elements that may have text of their own besides their child blocks. */
    private static final Set<String> CONTAINER_TAGS = Set.of(
            "div", "section", "article", "main", "center", "body", "header", "figure", "td", "blockquote", "dd", "li");

    private TextBlocks() {
    }

    static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }

    /** The text an element contributes as a paragraph of its own, or 0 when it is no paragraph. */
    static int paragraphLength(Element element, TextStats stats) {
        String tag = element.normalName();
        TextStats.Counts counts = stats.of(element);
        if (isParagraph(element)) {
            return counts.textLength();
        }
        if (CONTAINER_TAGS.contains(tag)) {
            // Text written straight into a div (often split by <br>) counts as a paragraph of its own.
            return counts.ownTextLength();
        }
        return 0;
    }

    /** Elements whose whole text is one paragraph, as opposed to containers with some text of their own. */
    static boolean isParagraph(Element element) {
        String tag = element.normalName();
        return tag.equals("p") || tag.equals("pre");
    }
}
