package de.presseschau.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reads what an element's class, id and role say about it: article content, page chrome, or a lead paragraph. */
final class ClassHints {

    private static final Pattern POSITIVE = Pattern.compile(
            "article|artikel|body|content|inhalt|entry|main|post|story|text|beitrag|meldung|blog|prose|hentry"
                    + "|copy|fliess|lesetext");
    private static final Pattern NEGATIVE = Pattern.compile(
            "nav|menu|footer|header|sidebar|aside|comment|kommentar|share|sharing|teilen|social|newsletter|promo"
                    + "|teaser|related|verwandt|recommend|empfehl|\\bads?\\b|\\bad-|-ad\\b|advert|anzeige|werbung|banner"
                    + "|cookie|consent|paywall|breadcrumb|author-?bio|autor|byline|gallery|galerie|widget|popup|modal"
                    + "|overlay|sponsor|outbrain|taboola|plista|\\btags?\\b|schlagw|keyword|meta|dateline|timestamp"
                    + "|print|login|subscribe|\\babo\\b|\\babo-|toolbar|pagination|pager|skip|masthead|shop|combx"
                    + "|rss|disqus|hidden|tooltip|signup|follow|survey|poll|rating|jobs|marginal|infobox-ad|slider");
    /** Chrome so clearly outside the article that a block carrying it goes, whatever else its class says. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "\\bnav|navigation|navbar|menu|footer|sidebar|comment|kommentar|\\bshare|sharing|social|newsletter"
                    + "|related|recommend|empfehlung|advert|\\bads?\\b|\\bad-|-ad\\b|anzeige|werbung|banner|cookie|consent"
                    + "|breadcrumb|popup|modal|outbrain|taboola|plista|disqus|sponsor|promo|paywall|signup|skip-?link"
                    + "|pagination|pager|author-?bio|follow-?us|rss|shoutbox|widget|jobs");
    private static final Pattern MAYBE_CONTENT = Pattern.compile("article|artikel|body|content|main|story|text|entry");
    private static final Pattern LEAD = Pattern.compile(
            "lead|intro|teaser-?text|summary|standfirst|abstract|excerpt|vorspann|einleitung|dek\\b|deck\\b|subline"
                    + "|description|kurztext|zusammenfassung");
    private static final Pattern CHROME_ROLE = Pattern.compile(
            "navigation|menu|menubar|banner|contentinfo|complementary|search|dialog|alertdialog|toolbar|tablist");

    private ClassHints() {
    }

    /** The class and id of an element, lower-cased, as one string to match hints against. */
    static String of(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (className + " " + id).toLowerCase(Locale.ROOT);
    }

    /** +25 for article-like names, -25 for chrome-like names, both for mixed ones (as "article-footer"). */
    static int weight(Element element) {
        String hints = of(element);
        if (hints.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (POSITIVE.matcher(hints).find()) {
            weight += 25;
        }
        if (NEGATIVE.matcher(hints).find()) {
            weight -= 25;
        }
        return weight;
    }

    static boolean isNegative(Element element) {
        String hints = of(element);
        return !hints.isEmpty() && NEGATIVE.matcher(hints).find();
    }

    /** Named like page chrome and not also like content. */
    static boolean isUnlikelyContent(Element element) {
        String hints = of(element);
        if (!hints.isEmpty() && UNLIKELY.matcher(hints).find() && !MAYBE_CONTENT.matcher(hints).find()) {
            return true;
        }
        String role = element.attr("role");
        return !role.isEmpty() && CHROME_ROLE.matcher(role.toLowerCase(Locale.ROOT)).matches();
    }

    /** Named like chrome so strongly that even a content-sounding name beside it does not save it. */
    static boolean isChrome(Element element) {
        String hints = of(element);
        return !hints.isEmpty() && UNLIKELY.matcher(hints).find();
    }

    /** Named like the lead or teaser paragraph German outlets put above the body. */
    static boolean isLead(Element element) {
        String hints = of(element);
        return !hints.isEmpty() && LEAD.matcher(hints).find();
    }
}
