package de.presseschau.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Lets the browser load an article's images only as they come near the screen: {@code loading="lazy"} on every
 * image of a (sanitized) body, at display time, so bodies stored before this reach the reader the same way.
 */
final class LazyImages {

    private LazyImages() {
    }

    static String apply(String bodyHtml) {
        if (bodyHtml == null || !bodyHtml.contains("<img")) {
            return bodyHtml;
        }
        Document document = Jsoup.parseBodyFragment(bodyHtml);
        document.outputSettings().prettyPrint(false);
        for (Element img : document.select("img")) {
            img.attr("loading", "lazy").attr("decoding", "async");
        }
        return document.body().html();
    }
}
