package de.presseschau.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether a page shows only the free beginning of an article: a paywall box (SPIEGEL+, Z+, F+, SZ Plus, BILDplus
 * and kin) or JSON-LD marking the article as paid while the page holds little text.
 */
final class PaywallDetector {

    /** Names of the box that replaces the rest of the article. */
    private static final List<String> BOX_HINTS = List.of(
            "paywall", "regwall", "paid-content-teaser", "plus-teaser", "premium-teaser", "abo-teaser", "offer-wall",
            "piano-", "plenigo", "laterpay", "steady-");
    private static final Pattern GATE_WORD = Pattern.compile("(^|[^a-z])gate([^a-z]|$)");
    /** What such a box asks the reader to do. */
    private static final Pattern OFFER = Pattern.compile(
            "weiterlesen|weiter lesen|lesen sie weiter|abo\\b|abonn|zugang|jetzt testen|jetzt lesen|freischalten"
                    + "|registrier|anmelden|subscribe|subscription|spiegel\\+|z\\+|f\\+|sz plus|bildplus|bild\\+|plus-artikel",
            Pattern.CASE_INSENSITIVE);
    /** Markers German outlets put on their paid articles. */
    private static final Evaluator OUTLET_MARKERS = QueryParser.parse("[data-area=paywall], [data-paywall], #paywall, .paywall-container, "
            + "[data-ct-area=gate], .js-paywall, .sz-paywall, .offerpage, [data-tb-region=paywall]");
    /** A paid article with more text than this on the page was served whole (metered or for search engines). */
    private static final int SHORT_TEXT = 2000;
    private static final int MAX_BOX_TEXT = 1500;

    /** Looks at the page before anything is removed; returns the reason, or null for a free article. */
    String boxReason(Document document) {
        for (Element box : document.select(OUTLET_MARKERS)) {
            if (isOfferBox(box)) {
                return "Bezahlschranke auf der Seite";
            }
        }
        for (Element element : document.body() == null ? List.<Element>of() : document.body().getAllElements()) {
            String hints = ClassHints.of(element);
            if (!hints.isEmpty() && isBoxName(hints) && isOfferBox(element)) {
                return "Bezahlschranke auf der Seite";
            }
        }
        return null;
    }

    /**
     * Combines the box found earlier, the structured data (marked paid, its paid part missing from the page) and the
     * length of the text extracted: a long text means the page was served whole after all.
     */
    String reason(String boxReason, boolean isPaidPartMissing, String extractedText) {
        int length = extractedText == null ? 0 : extractedText.strip().length();
        if (boxReason != null && length < 3 * SHORT_TEXT) {
            return boxReason;
        }
        if (isPaidPartMissing && length < SHORT_TEXT) {
            return "Die Seite kennzeichnet den Artikel als kostenpflichtig; frei lesbar ist nur der Anfang";
        }
        return null;
    }

    /** Marked paid, and the paid part it names is not on the page with real text (a served-whole page holds it). */
    boolean isPaidPartMissing(Document document, StructuredData data) {
        return data.isMarkedPaid() && !holdsPaidPart(document, data.paidSelectors());
    }

    private static boolean holdsPaidPart(Document document, List<String> selectors) {
        for (String selector : selectors) {
            try {
                int text = 0;
                for (Element part : document.select(selector)) {
                    text += part.text().length();
                }
                if (text >= SHORT_TEXT) {
                    return true;
                }
            } catch (Selector.SelectorParseException e) {
                // A selector jsoup cannot read says nothing either way.
            }
        }
        return false;
    }

    private static boolean isBoxName(String hints) {
        for (String hint : BOX_HINTS) {
            if (hints.contains(hint)) {
                return true;
            }
        }
        return GATE_WORD.matcher(hints).find();
    }

    private static boolean isOfferBox(Element element) {
        String text = element.text();
        return !text.isBlank() && text.length() <= MAX_BOX_TEXT
                && OFFER.matcher(text.toLowerCase(Locale.GERMAN)).find();
    }
}
