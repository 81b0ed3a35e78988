package de.presseschau.extract;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads what an element's class, id and role say about it: article content, page chrome, or a lead paragraph. */
final class ClassHints {

    /** Matched anywhere in class or id ("articleBody", "main-content"). */
    private static final List<String> POSITIVE = List.of(
            "article", "artikel", "body", "content", "inhalt", "entry", "main", "post", "story", "text", "beitrag",
            "meldung", "blog", "prose", "hentry", "copy", "fliess", "lesetext");
    private static final List<String> NEGATIVE = List.of(
            "nav", "menu", "footer", "header", "sidebar", "aside", "comment", "kommentar", "share", "sharing",
            "teilen", "social", "newsletter", "teaser", "related", "verwandt", "recommend", "empfehl",
            "advert", "anzeige", "werbung", "banner", "cookie", "consent", "paywall", "breadcrumb", "authorbio",
            "author-bio", "autor", "byline", "gallery", "galerie", "widget", "popup", "modal", "overlay", "sponsor",
            "outbrain", "taboola", "plista", "schlagw", "keyword", "meta", "dateline", "timestamp", "print", "login",
            "dialog",
            "subscribe", "toolbar", "pagination", "skip", "masthead", "shop", "combx", "rss", "disqus",
            "hidden", "tooltip", "copyright", "signup", "follow", "survey", "poll", "rating", "jobs", "marginal", "slider");
    /** Page chrome: a block named so goes unless its name also sounds like content ("article-footer"). */
    private static final List<String> UNLIKELY = List.of(
            "navigation", "navbar", "menu", "footer", "sidebar", "banner", "popup", "modal", "dialog", "login",
            "skiplink", "skip-link", "pagination", "shoutbox", "widget", "jobs", "follow-us", "masthead");
    /** Chrome so clearly outside the article that a block carrying it goes, whatever else its name says. */
    private static final List<String> STRONG_CHROME = List.of(
            "comment", "kommentar", "sharing", "social", "newsletter", "related", "recommend", "empfehlung", "advert",
            "anzeige", "werbung", "cookie", "consent", "breadcrumb", "outbrain", "taboola", "plista", "disqus",
            "sponsor", "paywall", "signup", "authorbio", "author-bio");
    private static final List<String> OVERLAY = List.of("modal", "dialog", "popup", "login", "overlay", "lightbox");
    /** Matched as whole words of class or id only, since they hide inside longer words ("ad" in "head", "pager" in "APageRoot"). */
    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "ad", "ads", "tag", "tags", "abo", "share", "nav", "rss", "promo", "promos", "promotion", "pager");
    private static final Set<String> UNLIKELY_WORDS = Set.of("nav", "rss", "promo", "promos", "promotion", "pager");
    private static final Set<String> STRONG_CHROME_WORDS = Set.of("ad", "ads", "share", "shares");
    /** Longer words cannot be one of the whole-word hints, so they are skipped without building a substring. */
    private static final int LONGEST_WORD = "promotion".length();
    private static final List<String> MAYBE_CONTENT = List.of(
            "article", "artikel", "body", "content", "main", "story", "text", "entry");
    private static final List<String> LEAD = List.of(
            "lead", "intro", "teaser-text", "teasertext", "summary", "standfirst", "abstract", "excerpt", "vorspann",
            "einleitung", "subline", "subtitle", "description", "kurztext", "zusammenfassung");
    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation", "menu", "menubar", "banner", "contentinfo", "complementary", "search", "dialog",
            "alertdialog", "toolbar", "tablist");

    private ClassHints() {
    }

    /** The class and id of an element, lower-cased, as one string to match hints against. */
    static String of(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return "";
        }
        String hints = (className + " " + id).toLowerCase(Locale.ROOT);
        return hints.contains("category-") || hints.contains("tag-") || hints.contains("js-")
                ? withoutTaxonomy(hints) : hints;
    }

    /**
     * Blog engines add a class per category and tag ("category-social-media") and scripts hook onto "js-" classes;
     * those name a topic or a behaviour, not what the block is.
     */
    private static String withoutTaxonomy(String hints) {
        StringBuilder kept = new StringBuilder(hints.length());
        for (String token : hints.split(" ")) {
            if (!token.startsWith("category-") && !token.startsWith("tag-") && !token.startsWith("js-")) {
                kept.append(token).append(' ');
            }
        }
        return kept.toString();
    }

    /** Named like a layer over the page (login dialog, modal), which even an article element can be. */
    static boolean isOverlay(Element element) {
        String hints = of(element);
        return !hints.isEmpty() && containsAny(hints, OVERLAY);
    }

    /** +25 for article-like names, -25 for chrome-like names, both for mixed ones (as "article-footer"). */
    static int weight(Element element) {
        String hints = of(element);
        if (hints.isEmpty()) {
            return 0;
        }
        int weight = 0;
        // "copy" names body copy, but "copyright" is the footer's notice.
        if (containsAny(hints.contains("copyright") ? hints.replace("copyright", "") : hints, POSITIVE)) {
            weight += 25;
        }
        if (isNegative(hints)) {
            weight -= 25;
        }
        return weight;
    }

    static boolean isNegative(Element element) {
        String hints = of(element);
        return !hints.isEmpty() && isNegative(hints);
    }

    /** Like {@link #isNegative(Element)} but on the class alone: a heading's id is usually an anchor made from its words. */
    static boolean isNegativeClass(Element element) {
        String className = element.className().toLowerCase(Locale.ROOT);
        return !className.isEmpty() && isNegative(className);
    }

    private static boolean isNegative(String hints) {
        return containsAny(hints, NEGATIVE) || hasWord(hints, NEGATIVE_WORDS);
    }

    /** Named like page chrome and not also like content, or given a chrome role. */
    static boolean isUnlikelyContent(Element element) {
        String hints = of(element);
        boolean isChrome = isStrongChrome(hints) || containsAny(hints, UNLIKELY) || hasWord(hints, UNLIKELY_WORDS);
        if (!hints.isEmpty() && isChrome && !containsAny(hints, MAYBE_CONTENT)) {
            return true;
        }
        String role = element.attr("role");
        return !role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT));
    }

    /** Named like chrome so strongly that even a content-sounding name beside it does not save it. */
    static boolean isStrongChrome(Element element) {
        String hints = of(element);
        return !hints.isEmpty() && isStrongChrome(hints);
    }

    private static boolean isStrongChrome(String hints) {
        return containsAny(hints, STRONG_CHROME) || hasWord(hints, STRONG_CHROME_WORDS);
    }

    /** Named like the lead or teaser paragraph German outlets put above the body. */
    static boolean isLead(Element element) {
        String hints = of(element);
        return !hints.isEmpty() && containsAny(hints, LEAD);
    }

    private static boolean containsAny(String hints, List<String> keywords) {
        for (String keyword : keywords) {
            if (hints.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whole words split at anything but letters and digits, so "ad-slot" and "top_ad" count but "head" does not.
     * A BEM modifier ("TestReport__Section--Ads") does not count: it names a variant of a block, here a section
     * that has room for ads, not what the block is.
     */
    private static boolean hasWord(String hints, Set<String> words) {
        int length = hints.length();
        int start = 0;
        while (start < length) {
            while (start < length && !Character.isLetterOrDigit(hints.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < length && Character.isLetterOrDigit(hints.charAt(end))) {
                end++;
            }
            boolean isModifier = start >= 3 && hints.startsWith("--", start - 2)
                    && Character.isLetterOrDigit(hints.charAt(start - 3));
            if (end > start && end - start <= LONGEST_WORD && !isModifier
                    && words.contains(hints.substring(start, end))) {
                return true;
            }
            start = end;
        }
        return false;
    }
}
