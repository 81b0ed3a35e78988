package de.presseschau.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Finds the lead paragraph ("Vorspann") that German outlets put above the body when the chosen blocks left it out. */
final class LeadFinder {

    /** How far up from the body to look for the article's header; further up is the page, not the article. */
    private static final int MAX_LEVELS = 3;
    private static final int MIN_LEAD = 40;
    private static final int MAX_LEAD = 800;
    private static final String SENTENCE_ENDS = ".!?…\"“”»«";

    /** The chosen blocks with the lead in front, or the chosen blocks as they are when they hold one or none is near. */
    List<Element> withLead(List<Element> chosen, Element body) {
        if (chosen.isEmpty() || chosen.get(0) == body) {
            return chosen;
        }
        for (Element element : chosen) {
            for (Element inside : element.getAllElements()) {
                if (isLead(inside)) {
                    return chosen;
                }
            }
        }
        Element node = chosen.get(0);
        for (int level = 0; level < MAX_LEVELS && node.parent() != null && node.parent() != body; level++) {
            for (Element sibling = node.previousElementSibling(); sibling != null;
                 sibling = sibling.previousElementSibling()) {
                Element lead = firstLead(sibling);
                if (lead != null) {
                    List<Element> withLead = new ArrayList<>(chosen.size() + 1);
                    withLead.add(lead);
                    withLead.addAll(chosen);
                    return withLead;
                }
            }
            node = node.parent();
        }
        return chosen;
    }

    /** The first lead in document order, looking past boxes named as chrome or as the author's ("author-box"). */
    private static Element firstLead(Element element) {
        if (isAsideOfTheArticle(element)) {
            return null;
        }
        if (isLead(element)) {
            return element;
        }
        for (Element child : element.children()) {
            Element lead = firstLead(child);
            if (lead != null) {
                return lead;
            }
        }
        return null;
    }

    private static boolean isAsideOfTheArticle(Element element) {
        // Not every negative name: the lead often sits in a "header" or an "article-teaser".
        String hints = ClassHints.of(element);
        return ClassHints.isStrongChrome(element) || ClassHints.isUnlikelyContent(element)
                || hints.contains("author") || hints.contains("autor") || hints.contains("byline");
    }

    /**
     * Named as a lead and not also as chrome or as the author's box ("author-description"), a paragraph's length,
     * prose rather than links, and sentences rather than a byline or a dateline.
     */
    private static boolean isLead(Element element) {
        if (!ClassHints.isLead(element) || isAsideOfTheArticle(element)) {
            return false;
        }
        TextStats.Counts counts = new TextStats(element).of(element);
        if (counts.textLength() < MIN_LEAD || counts.textLength() > MAX_LEAD || counts.linkDensity() >= 0.3) {
            return false;
        }
        String text = element.text().strip();
        return text.contains(". ") || SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
