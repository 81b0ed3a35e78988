package de.presseschau.parse;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Turns a feed's title-like strings (titles, authors, categories) into plain, trimmed text. */
final class PlainText {

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private PlainText() {
    }

    /**
     * @param markup true when the feed says the value is HTML; RSS does not say, so tags found in it count as markup
     * @return the text, or null when nothing is left
     */
    static String of(String value, boolean markup) {
        if (value == null) {
            return null;
        }
        // Feeds often escape twice ("&amp;quot;"), so entities can still be left after XML parsing.
        String text = markup || TAG.matcher(value).find()
                ? Jsoup.parseBodyFragment(value).text()
                : Parser.unescapeEntities(value, false);
        return tidy(text);
    }

    /** Text the feed declares plain (Atom type="text"): what looks like a tag or entity is meant literally. */
    static String literal(String value) {
        return value == null ? null : tidy(value);
    }

    private static String tidy(String value) {
        String text = SPACES.matcher(Mojibake.repair(value)).replaceAll(" ").trim();
        return text.isEmpty() ? null : text;
    }
}
