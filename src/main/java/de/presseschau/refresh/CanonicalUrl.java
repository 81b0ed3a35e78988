package de.presseschau.refresh;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of an article URL used to recognise one article across feeds: fragment dropped, tracking parameters
 * (utm_*, fbclid and the like) removed, scheme and host in lower case, default port left out.
 */
final class CanonicalUrl {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "xtor", "wt_mc", "wt.mc_id",
            "wt_zmc", "at_medium", "at_campaign", "at_content", "at_term", "at_source", "at_custom1",
            "at_custom2", "at_custom3", "at_custom4", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname",
            "ns_fee", "rss", "cmp", "ref_src");

    private CanonicalUrl() {
    }

    /** The canonical form of {@code url}; null stays null, and a URL Java cannot read only loses its fragment. */
    static String of(String url) {
        if (url == null) {
            return null;
        }
        String text = url.strip();
        int hash = text.indexOf('#');
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        int question = text.indexOf('?');
        String base = question < 0 ? text : text.substring(0, question);
        String query = question < 0 ? "" : withoutTracking(text.substring(question + 1));
        return normalBase(base) + (query.isEmpty() ? "" : "?" + query);
    }

    private static String withoutTracking(String query) {
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private static String normalBase(String base) {
        try {
            URI uri = new URI(base);
            if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getHost() == null) {
                return base;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + userInfo + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
        } catch (URISyntaxException e) {
            return base;
        }
    }
}
