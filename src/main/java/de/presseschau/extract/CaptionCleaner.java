package de.presseschau.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops photo credits ("© dpa", "Foto: ...") from an article body and marks captions written as named divs as
 * figcaptions: the reading view shows them under their images, the plain text leaves them out like the images.
 */
final class CaptionCleaner {

    private static final List<String> CREDIT_HINTS = List.of(
            "copyright", "credit", "photographer", "fotograf", "bildnachweis", "bildquelle", "urheber", "bildrechte",
            "image-source", "picture__source", "media-source", "caption-source", "__source", "-source");
    /** A short text that is only a credit: "© Oli Scarff/Getty Images", "Foto: Sascha Klahn", "(Quelle: DJV)". */
    private static final Pattern CREDIT_TEXT = Pattern.compile(
            "^[(\\[]?\\s*(©|\\(c\\)|copyright|fotos?|bild(er)?|quelle|photos?|credits?|image|grafik|"
                    + "bildquelle|bildnachweis|abbildung)\\s*[:©|/].*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CREDIT = 120;
    private static final Evaluator BLOCKS_OR_IMAGE = QueryParser.parse("p, div, h1, h2, h3, img");
    private static final Evaluator TEXT_OR_IMAGE = QueryParser.parse("p, div, img");

    void clean(Element content) {
        List<Element> doomed = new ArrayList<>();
        for (Element element : content.getAllElements()) {
            if (element != content && isCredit(element)) {
                doomed.add(element);
            }
        }
        for (Element element : doomed) {
            element.remove();
        }
        for (Element element : content.getAllElements()) {
            if (element != content && isNamedCaption(element)) {
                element.tagName("figcaption");
            }
        }
    }

    /** A caption written as a div or paragraph with a caption-like name; it becomes a figcaption like the others. */
    private static boolean isNamedCaption(Element element) {
        String hints = ClassHints.of(element);
        if (hints.isEmpty() || element.nameIs("figcaption") || element.nameIs("figure")) {
            return false;
        }
        boolean isNamed = hints.contains("caption") || hints.contains("bildunterschrift")
                || hints.contains("image-description") || hints.contains("img-text") || hints.contains("image-text");
        return isNamed && element.text().length() <= 400 && !holdsAny(element, BLOCKS_OR_IMAGE);
    }

    private static boolean isCredit(Element element) {
        String hints = ClassHints.of(element);
        boolean isNamedCredit = !hints.isEmpty() && containsAny(hints);
        boolean mayHoldCreditText = element.nameIs("p") || element.nameIs("span") || element.nameIs("small")
                || isInFigure(element);
        if (!isNamedCredit && !mayHoldCreditText || element.childrenSize() > 3) {
            return false;
        }
        String text = element.text().strip();
        if (text.isEmpty() || text.length() > MAX_CREDIT || holdsAny(element, TEXT_OR_IMAGE)) {
            return false;
        }
        return isNamedCredit || CREDIT_TEXT.matcher(text.toLowerCase(Locale.GERMAN)).matches();
    }

    /** Whether an element below this one (not the element itself, as jsoup's select would count it) matches. */
    private static boolean holdsAny(Element element, Evaluator query) {
        for (Element found : element.select(query)) {
            if (found != element) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInFigure(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.nameIs("figure") || parent.nameIs("figcaption")) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String hints) {
        for (String hint : CREDIT_HINTS) {
            if (hints.contains(hint)) {
                return true;
            }
        }
        return false;
    }
}
