package de.presseschau.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Makes links from a feed absolute against the feed's own URL, keeping only http(s) ones. */
final class Links {

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
