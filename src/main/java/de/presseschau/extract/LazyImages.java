package de.presseschau.extract;

import org.jsoup.nodes.Element;

/** Finds the real source of an image that loads lazily (data-src, data-original, srcset and the like). */
final class LazyImages {

    private static final String[] SOURCE_ATTRIBUTES = {
            "data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "data-full-src", "data-hi-res-src"};
    private static final String[] SRCSET_ATTRIBUTES = {"data-srcset", "srcset", "data-lazy-srcset"};

    private LazyImages() {
    }

    /** Gives {@code img} an absolute {@code src} from its lazy-loading attributes when its own is missing or a placeholder. */
    static void resolve(Element img) {
        String current = img.attr("src").trim();
        if (!current.isEmpty() && !isPlaceholder(current)) {
            img.attr("src", absolute(img, current));
            return;
        }
        String lazy = lazySource(img);
        if (!lazy.isEmpty()) {
            img.attr("src", absolute(img, lazy));
        } else if (isPlaceholder(current)) {
            img.removeAttr("src");
        }
    }

    /** The best source the image declares: its src unless a placeholder, else a lazy or srcset source; empty if none. */
    static String bestSource(Element img) {
        String current = img.attr("src").trim();
        if (!current.isEmpty() && !isPlaceholder(current)) {
            return current;
        }
        return lazySource(img);
    }

    private static String lazySource(Element img) {
        for (String attribute : SOURCE_ATTRIBUTES) {
            String value = img.attr(attribute).trim();
            if (!value.isEmpty() && !isPlaceholder(value)) {
                return value;
            }
        }
        for (String attribute : SRCSET_ATTRIBUTES) {
            String value = largestInSrcset(img.attr(attribute));
            if (!value.isEmpty()) {
                return value;
            }
        }
        Element parent = img.parent();
        if (parent != null && parent.normalName().equals("picture")) {
            for (Element source : parent.getElementsByTag("source")) {
                for (String attribute : SRCSET_ATTRIBUTES) {
                    String value = largestInSrcset(source.attr(attribute));
                    if (!value.isEmpty()) {
                        return value;
                    }
                }
            }
        }
        return "";
    }

    /** The candidate with the largest width (or density) descriptor; the first one when none has a descriptor. */
    static String largestInSrcset(String srcset) {
        String best = "";
        double bestSize = -1;
        for (String candidate : srcset.split(",(?=\\s*\\S)")) {
            String[] parts = candidate.trim().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty() || isPlaceholder(parts[0])) {
                continue;
            }
            double size = parts.length > 1 ? descriptorSize(parts[1]) : 0;
            if (size > bestSize) {
                best = parts[0];
                bestSize = size;
            }
        }
        return best;
    }

    private static double descriptorSize(String descriptor) {
        if (descriptor.length() < 2) {
            return 0;
        }
        try {
            return Double.parseDouble(descriptor.substring(0, descriptor.length() - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isPlaceholder(String src) {
        String lower = src.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("data:") || lower.equals("about:blank") || lower.endsWith("/blank.gif")
                || lower.endsWith("/spacer.gif") || lower.contains("placeholder") || lower.contains("lazy-load")
                || lower.endsWith("/pixel.gif") || lower.endsWith("/transparent.gif");
    }

    private static String absolute(Element img, String src) {
        img.attr("src", src);
        String absolute = img.absUrl("src");
        return absolute.isEmpty() ? src : absolute;
    }
}
