package de.presseschau.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Makes links from a feed absolute against the feed's own URL, keeping only http(s) ones. */
final class Links {

    private static final Evaluator LINKED = QueryParser.parse("[href], [src]");

    private Links() {
    }

    /** The absolute http(s) URL {@code href} points to from {@code base}, or null. */
    static String absolute(String base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        URI target = parse(href.trim());
        if (target == null) {
            return null;
        }
        if (!target.isAbsolute()) {
            URI baseUri = base == null ? null : parse(base.trim());
            if (baseUri == null || !baseUri.isAbsolute()) {
                return null;
            }
            try {
                target = baseUri.resolve(target);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String scheme = target.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? target.toString() : null;
    }

    /**
     * {@code href} resolved against {@code base} (an xml:base chain may still be relative: then so is the result);
     * {@code href} itself when there is no base or either cannot be read.
     */
    static String resolve(String base, String href) {
        if (href == null) {
            return null;
        }
        if (base == null || base.isBlank()) {
            return href.trim();
        }
        URI baseUri = parse(base.trim());
        URI target = parse(href.trim());
        if (baseUri == null || target == null) {
            return href.trim();
        }
        try {
            if (!baseUri.isAbsolute()) {
                // URI.resolve cannot join two relative references well; only a path-absolute href replaces the base.
                return href.trim().startsWith("/") || target.isAbsolute() ? target.toString()
                        : baseUri.resolve(target).toString();
            }
            return baseUri.resolve(target).toString();
        } catch (IllegalArgumentException e) {
            return href.trim();
        }
    }

    /** The HTML with relative link and image URLs made absolute against {@code base}; unchanged without a base. */
    static String absoluteInHtml(String html, String base) {
        if (html == null || base == null || !base.startsWith("http") || !html.contains("=")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html, base);
        boolean changed = false;
        for (Element element : document.body().select(LINKED)) {
            for (String attribute : new String[] {"href", "src"}) {
                String value = element.attr(attribute);
                if (!value.isEmpty() && !value.startsWith("#")) {
                    String absolute = absolute(base, value);
                    if (absolute != null && !absolute.equals(value)) {
                        element.attr(attribute, absolute);
                        changed = true;
                    }
                }
            }
        }
        if (!changed) {
            return html;
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            // Feeds carry spaces, umlauts and stray characters in URLs; encode them rather than lose the link.
            try {
                return new URI(encodeIllegal(url));
            } catch (URISyntaxException again) {
                return null;
            }
        }
    }

    private static String encodeIllegal(String url) {
        StringBuilder out = new StringBuilder(url.length() + 16);
        boolean inFragment = false;
        for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            // Only the first '#' starts the fragment; later ones ("#refsponi#ref=rss") must be escaped.
            boolean strayHash = c == '#' && inFragment;
            inFragment |= c == '#';
            if (c <= 0x20 || c >= 0x7F || strayHash || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
