package de.presseschau.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The reader's own addresses, built in one place so encoding is never forgotten. */
public final class Links {

    private Links() {
    }

    public static String article(long id) {
        return "/article/" + id;
    }

    /** Topic names carry spaces, umlauts and "&": the path segment is percent-encoded (space as %20, not +). */
    public static String topic(String name) {
        return "/topic/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String section(de.presseschau.model.Section section) {
        return "/section/" + URLEncoder.encode(section.displayName(), StandardCharsets.UTF_8);
    }

    public static String topicPage(String name, int page) {
        return page <= 1 ? topic(name) : topic(name) + "?seite=" + page;
    }

    public static String story(long id) {
        return "/story/" + id;
    }

    /** Only web addresses become links; anything else (javascript:, data:) from a feed is not followed. */
    public static String external(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.trim().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.trim() : null;
    }
}
