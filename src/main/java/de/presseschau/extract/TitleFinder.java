package de.presseschau.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;

/** Finds a page's headline: og:title, else the first h1, else the document title, without the site name. */
final class TitleFinder {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", ": "};
    private static final Evaluator SITE_NAME = metaNamed("og:site_name");
    private static final Evaluator TITLE = metaNamed("og:title");
    private static final Evaluator TWITTER_TITLE = metaNamed("twitter:title");
    private static final Evaluator H1 = QueryParser.parse("h1");

    String find(Document document) {
        String siteName = meta(document, SITE_NAME);
        String title = meta(document, TITLE);
        if (title.isEmpty()) {
            title = meta(document, TWITTER_TITLE);
        }
        if (title.isEmpty()) {
            Element h1 = document.selectFirst(H1);
            title = h1 == null ? "" : h1.text();
        }
        if (title.isEmpty()) {
            title = document.title();
        }
        return withoutSiteName(title.strip(), siteName);
    }

    /** The meta tag that names {@code property} in its property or its name attribute. */
    private static Evaluator metaNamed(String property) {
        return QueryParser.parse("meta[property=" + property + "], meta[name=" + property + "]");
    }

    private static String meta(Document document, Evaluator named) {
        Element meta = document.selectFirst(named);
        return meta == null ? "" : meta.attr("content").strip();
    }

    /** Drops a trailing (or leading) site name like " | tagesschau.de" or "SPIEGEL ONLINE - ". */
    static String withoutSiteName(String title, String siteName) {
        for (String separator : SEPARATORS) {
            int last = title.lastIndexOf(separator);
            if (last > 0) {
                String head = title.substring(0, last).strip();
                String tail = title.substring(last + separator.length()).strip();
                if (isSiteName(tail, siteName) && head.length() >= 10 && !separator.equals(": ")) {
                    return head;
                }
            }
            int first = title.indexOf(separator);
            if (first > 0) {
                String head = title.substring(0, first).strip();
                String rest = title.substring(first + separator.length()).strip();
                if (isSiteName(head, siteName) && !siteName.isEmpty() && rest.length() >= 10) {
                    return rest;
                }
            }
        }
        return title;
    }

    private static boolean isSiteName(String part, String siteName) {
        if (!siteName.isEmpty()) {
            return part.equalsIgnoreCase(siteName) || part.toLowerCase(Locale.ROOT).contains(siteName.toLowerCase(Locale.ROOT));
        }
        // Without og:site_name, a short trailing part is taken for the site (or section) name.
        return part.length() <= 30 && part.split("\\s+").length <= 3;
    }
}
