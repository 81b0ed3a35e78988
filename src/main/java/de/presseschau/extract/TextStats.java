package de.presseschau.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.IdentityHashMap;
import java.util.Map;

/** Text length, link text length and comma count of every element under a root, counted in one pass. */
final class TextStats {

    /** Counts for one element; lengths are of whitespace-collapsed text. */
    record Counts(int textLength, int linkLength, int commas, int ownTextLength, int ownCommas, int paragraphs,
                  int images) {

        double linkDensity() {
            return textLength == 0 ? 0 : (double) linkLength / textLength;
        }
    }

    private static final Counts EMPTY = new Counts(0, 0, 0, 0, 0, 0, 0);

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    TextStats(Element root) {
        count(root, false);
    }

    Counts of(Element element) {
        Counts found = counts.get(element);
        return found == null ? EMPTY : found;
    }

    private Counts count(Element element, boolean insideLink) {
        boolean isLink = insideLink || element.nameIs("a");
        int text = 0;
        int link = 0;
        int commas = 0;
        int own = 0;
        int ownCommas = 0;
        String tag = element.normalName();
        int paragraphs = tag.equals("p") ? 1 : 0;
        int images = tag.equals("img") ? 1 : 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                String value = textNode.getWholeText();
                int length = collapsedLength(value);
                text += length;
                own += length;
                int valueCommas = commaCount(value);
                commas += valueCommas;
                ownCommas += valueCommas;
                if (isLink) {
                    link += length;
                }
            } else if (child instanceof Element childElement) {
                Counts childCounts = count(childElement, isLink);
                text += childCounts.textLength;
                link += childCounts.linkLength;
                commas += childCounts.commas;
                paragraphs += childCounts.paragraphs;
                images += childCounts.images;
                if (TextBlocks.isInline(childElement)) {
                    own += childCounts.textLength;
                    ownCommas += childCounts.commas;
                }
            }
        }
        Counts result = new Counts(text, link, commas, own, ownCommas, paragraphs, images);
        counts.put(element, result);
        return result;
    }

    /** Length after collapsing whitespace runs to one space and trimming. */
    static int collapsedLength(String value) {
        int length = 0;
        boolean inSpace = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!inSpace) {
                    length++;
                    inSpace = true;
                }
            } else {
                length++;
                inSpace = false;
            }
        }
        return inSpace && length > 0 ? length - 1 : length;
    }

    private static int commaCount(String value) {
        int commas = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                commas++;
            }
        }
        return commas;
    }
}
