package de.presseschau.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a page's JSON-LD says about its article: body, authors, date, and whether it is free to read. */
record StructuredData(String articleBody, List<String> authors, String datePublished, boolean isMarkedPaid,
                      List<String> paidSelectors) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final StructuredData NONE = new StructuredData("", List.of(), "", false, List.of());

    /** Reads every JSON-LD block; the article object with the longest body (else the first one) wins. */
    static StructuredData of(Document document) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : document.select(JSON_LD)) {
            try {
                collectArticles(JSON.readTree(script.data()), articles);
            } catch (JsonProcessingException e) {
                // Hand-written JSON-LD is often broken; the markup still holds the article.
            }
        }
        if (articles.isEmpty()) {
            return NONE;
        }
        JsonNode best = articles.get(0);
        for (JsonNode article : articles) {
            if (text(article.get("articleBody")).length() > text(best.get("articleBody")).length()) {
                best = article;
            }
        }
        List<String> paidSelectors = new ArrayList<>();
        boolean isPaid = isFalse(best.get("isAccessibleForFree"));
        for (JsonNode part : list(best.get("hasPart"))) {
            if (isFalse(part.get("isAccessibleForFree"))) {
                isPaid = true;
                String selector = text(part.get("cssSelector"));
                if (!selector.isEmpty()) {
                    paidSelectors.add(selector);
                }
            }
        }
        return new StructuredData(text(best.get("articleBody")), authors(best.get("author")),
                text(best.get("datePublished")), isPaid, List.copyOf(paidSelectors));
    }

    /** Objects typed as an article of any kind (NewsArticle, BlogPosting, ReportageNewsArticle ...), also inside @graph. */
    private static void collectArticles(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collectArticles(child, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticleType(node.get("@type"))) {
            found.add(node);
        }
        collectArticles(node.get("@graph"), found);
        collectArticles(node.get("mainEntity"), found);
    }

    private static boolean isArticleType(JsonNode type) {
        for (JsonNode one : list(type)) {
            String name = text(one).toLowerCase(Locale.ROOT);
            if (name.endsWith("article") || name.equals("blogposting") || name.equals("socialmediaposting")
                    || name.equals("report")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> authors(JsonNode author) {
        List<String> names = new ArrayList<>();
        for (JsonNode one : list(author)) {
            String name = one.isObject() ? text(one.get("name")) : text(one);
            if (!name.isEmpty() && !name.startsWith("http") && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** False, "False", "false" or "http://schema.org/False". */
    private static boolean isFalse(JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isBoolean()) {
            return !value.booleanValue();
        }
        String text = text(value).toLowerCase(Locale.ROOT);
        return text.equals("false") || text.endsWith("/false");
    }

    private static List<JsonNode> list(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        return items;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? "" : node.asText("").strip();
    }
}
