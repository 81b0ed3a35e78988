package de.presseschau.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Picks the elements that hold an article's body: the best-scoring block (or a marked-up article body) and its siblings. */
final class ContentFinder {

    private static final int MIN_PARAGRAPH = 25;
    private static final Evaluator MARKED = QueryParser.parse("[itemprop]");
    private static final int ANCESTOR_LEVELS = 5;
    private static final double LONGER_TEXT_SCORE_SHARE = 0.5;
    private static final int LONGER_TEXT_FACTOR = 4;

    /** The chosen elements in document order; the body itself when nothing scores. */
    List<Element> find(Element body) {
        TextStats stats = new TextStats(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Integer> paragraphText = new IdentityHashMap<>();
        score(body, stats, scores, paragraphText);

        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - stats.of(entry.getKey()).linkDensity());
            entry.setValue(score);
            if (top == null || score > topScore) {
                top = entry.getKey();
                topScore = score;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        Element longer = preferLongerText(top, topScore, scores, paragraphText);
        if (longer != top) {
            top = longer;
            topScore = scores.get(longer);
        }
        Element marked = preferMarkedArticleBody(body, top, stats, paragraphText);
        if (marked != top) {
            // The publisher said where the body is; siblings join only as lead or loose paragraphs, not by score.
            return withSiblings(marked, 0, scores, stats, false);
        }
        top = climbToSharedAncestor(top, topScore, scores, body);
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1
                && stats.of(top.parent()).ownTextLength() == 0) {
            top = top.parent();
        }
        if (top == body || top.parent() == null) {
            return List.of(body);
        }
        return withSiblings(top, Math.max(topScore, scores.getOrDefault(top, 0.0)), scores, stats, true);
    }

    private static void score(Element body, TextStats stats, Map<Element, Double> scores,
                              Map<Element, Integer> paragraphText) {
        for (Element element : body.getAllElements()) {
            int length = TextBlocks.paragraphLength(element, stats);
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            TextStats.Counts counts = stats.of(element);
            boolean isParagraph = TextBlocks.isParagraph(element);
            int commas = isParagraph ? counts.commas() : counts.ownCommas();
            double score = (1 + commas + Math.min(length / 100.0, 3)) * (1 - counts.linkDensity());
            int goodText = (int) (length * (1 - counts.linkDensity()));
            // A paragraph lends its score to its container; text written into a div scores for the div itself.
            Element target = isParagraph ? element.parent() : element;
            Element outside = body.parent();
            for (int level = 0; target != null && target != outside && level < ANCESTOR_LEVELS; level++) {
                double divisor = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                double share = score / divisor;
                Double known = scores.get(target);
                scores.put(target, (known == null ? initialScore(target) : known) + share);
                target = target.parent();
            }
            for (Element ancestor = element; ancestor != null && ancestor != outside; ancestor = ancestor.parent()) {
                paragraphText.merge(ancestor, goodText, Integer::sum);
            }
        }
    }

    private static double initialScore(Element element) {
        double base = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + ClassHints.weight(element);
    }

    /**
     * A short block with a content-like name (a "content-wrapper title") can outscore the article on its name alone;
     * a rival elsewhere on the page scoring nearly as well with several times its prose is the article then.
     */
    private static Element preferLongerText(Element top, double topScore, Map<Element, Double> scores,
                                            Map<Element, Integer> paragraphText) {
        int topText = paragraphText.getOrDefault(top, 0);
        Element best = top;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            int text = paragraphText.getOrDefault(candidate, 0);
            if (entry.getValue() >= LONGER_TEXT_SCORE_SHARE * topScore && entry.getValue() > bestScore
                    && text >= LONGER_TEXT_FACTOR * topText + 500
                    && !isInside(candidate, top) && !isInside(top, candidate)) {
                best = candidate;
                bestScore = entry.getValue();
            }
        }
        return best;
    }

    /** A publisher's own articleBody markup wins when it holds most of the text the scorer found. */
    private static Element preferMarkedArticleBody(Element body, Element top, TextStats stats,
                                                   Map<Element, Integer> paragraphText) {
        Element best = null;
        for (Element marked : body.select(MARKED)) {
            if (PagePreparer.isArticleBody(marked)
                    && (best == null || stats.of(marked).textLength() > stats.of(best).textLength())) {
                best = marked;
            }
        }
        if (best == null || stats.of(best).textLength() < 200) {
            return top;
        }
        int markedText = paragraphText.getOrDefault(best, 0);
        int topText = paragraphText.getOrDefault(top, 0);
        // Nested either way, the markup is the sharper signal; elsewhere on the page it must hold comparable text.
        boolean isNested = top == best || isInside(top, best) || isInside(best, top);
        return isNested || markedText >= 0.6 * topText ? best : top;
    }

    /** When several strong candidates sit under one ancestor (paragraphs wrapped one by one), the ancestor is the body. */
    private static Element climbToSharedAncestor(Element top, double topScore, Map<Element, Double> scores,
                                                 Element body) {
        List<Element> rivals = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            if (candidate != top && entry.getValue() >= 0.75 * topScore
                    && !isInside(candidate, top) && !isInside(top, candidate)) {
                rivals.add(candidate);
            }
        }
        if (rivals.size() < 3) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            int inside = 0;
            for (Element rival : rivals) {
                if (isInside(rival, ancestor)) {
                    inside++;
                }
            }
            if (inside >= 3) {
                return ancestor;
            }
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores,
                                              TextStats stats, boolean joinByScore) {
        Element parent = top.parent();
        List<Element> chosen = new ArrayList<>();
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        boolean isBeforeTop = true;
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                isBeforeTop = false;
            }
            if (sibling == top || joinByScore && isScoredLikeTop(sibling, topClass, topScore, threshold, scores)
                    || belongsToArticle(sibling, stats) || isBeforeTop && isArticleHeader(sibling, stats)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static boolean isScoredLikeTop(Element sibling, String topClass, double topScore, double threshold,
                                           Map<Element, Double> scores) {
        double bonus = !topClass.isEmpty() && sibling.className().equals(topClass) ? topScore * 0.2 : 0;
        return scores.getOrDefault(sibling, 0.0) + bonus >= threshold;
    }

    /**
     * The article's own header above the body, holding the headline and the lead paragraph: a {@code <header>},
     * or a block named so ("articlehead", "article-header") on sites that predate the element.
     */
    private static boolean isArticleHeader(Element sibling, TextStats stats) {
        String hints = ClassHints.of(sibling);
        if (!sibling.nameIs("header") && !(hints.contains("head") && !hints.contains("masthead"))) {
            return false;
        }
        TextStats.Counts counts = stats.of(sibling);
        return counts.paragraphs() > 0 && counts.textLength() <= 1000 && counts.linkDensity() < 0.3;
    }

    /** A lead paragraph or a loose paragraph of prose beside the body. */
    private static boolean belongsToArticle(Element sibling, TextStats stats) {
        TextStats.Counts counts = stats.of(sibling);
        int length = counts.textLength();
        double linkDensity = counts.linkDensity();
        if (ClassHints.isLead(sibling) && length >= 40 && linkDensity < 0.3 && !ClassHints.isUnlikelyContent(sibling)) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        if (length > 80) {
            return linkDensity < 0.25;
        }
        String text = sibling.text();
        return length > 0 && linkDensity == 0 && (text.endsWith(".") || text.contains(". "));
    }

    static boolean isInside(Element element, Element ancestor) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }
}
