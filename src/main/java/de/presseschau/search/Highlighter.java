package de.presseschau.search;

import java.util.List;
import java.util.Set;

/** Marks the words that matched a search in a headline or a snippet of the body; everything else is escaped. */
final class Highlighter {

    private final SearchAnalyzer analyzer;

    Highlighter(SearchAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The whole text as HTML, each word whose term is in {@code terms} inside {@code <mark>}. */
    String highlight(String text, Set<String> terms) {
        return mark(text == null ? "" : text, 0, text == null ? 0 : text.length(), terms);
    }

    /**
     * About {@code length} characters of the text around its first matching word, cut at spaces, as HTML with the
     * matches marked; the beginning of the text when nothing matches. {@code indexedMatch} is where the index says
     * the first match starts in {@code text} (-1 when it does not know): when a matching word stands there, only the
     * window around it is analysed, else the text up to the first match too; nothing but the window when {@code terms}
     * is empty.
     */
    String snippet(String text, Set<String> terms, int length, int indexedMatch) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String stripped = text.strip();
        int leading = text.length() - text.stripLeading().length();
        int match = terms.isEmpty() ? 0 : Math.max(0, firstMatch(stripped, terms, indexedMatch - leading));
        // Whitespace runs shrink to one space, so the raw text around the match is taken with room to spare.
        int regionStart = match <= length ? 0 : spaceBefore(stripped, match - length) + 1;
        int regionEnd = stripped.length() - match <= 2 * length ? stripped.length() : spaceAfter(stripped, match + 2 * length);
        StringBuilder collapsed = new StringBuilder(regionEnd - regionStart);
        int first = collapse(stripped, regionStart, regionEnd, match, collapsed);
        String clean = collapsed.toString();
        int start = first < length / 3 ? 0 : clean.lastIndexOf(' ', first - length / 3) + 1;
        int end = Math.min(clean.length(), start + length);
        if (end < clean.length()) {
            int space = clean.lastIndexOf(' ', end);
            end = space > first ? space : end;
        }
        // The window is analysed up to the end of its last word, so a word cut at its end is not taken for a match.
        String window = clean.substring(start, spaceAfter(clean, end));
        List<SearchAnalyzer.Token> tokens = terms.isEmpty() ? List.of() : analyzer.tokens(window);
        return (start > 0 || regionStart > 0 ? "… " : "") + mark(window, 0, end - start, terms, tokens)
                + (end < clean.length() || regionEnd < stripped.length() ? " …" : "");
    }

    /**
     * Where the first matching word starts: at {@code hint} when a matching word stands there (the index may be older
     * than the text), else as analysis finds it; -1 when nothing matches.
     */
    private int firstMatch(String text, Set<String> terms, int hint) {
        if (hint >= 0 && hint < text.length()) {
            List<SearchAnalyzer.Token> word = analyzer.tokens(text.substring(hint, spaceAfter(text, hint)));
            if (!word.isEmpty() && word.get(0).start() == 0 && terms.contains(word.get(0).term())) {
                return hint;
            }
        }
        return analyzer.firstOffset(text, terms);
    }

    /**
     * Appends {@code text} from {@code from} to {@code to} with each run of whitespace as one space and none at either
     * end; returns where the character at {@code at} landed.
     */
    private static int collapse(String text, int from, int to, int at, StringBuilder clean) {
        int landed = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && clean.length() > 0) {
                clean.append(' ');
            }
            space = false;
            if (i == at) {
                landed = clean.length();
            }
            clean.append(c);
        }
        return landed;
    }

    /** The index of the first whitespace at or after {@code from}, or the text's length. */
    private static int spaceAfter(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    /** The index of the last whitespace at or before {@code from}, or -1. */
    private static int spaceBefore(String text, int from) {
        for (int i = from; i >= 0; i--) {
            if (isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whitespace as a regex's {@code \s} means it: spaces, tabs, line breaks, form feeds. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private String mark(String text, int start, int end, Set<String> terms) {
        return mark(text, start, end, terms, analyzer.tokens(text));
    }

    private static String mark(String text, int start, int end, Set<String> terms, List<SearchAnalyzer.Token> tokens) {
        StringBuilder html = new StringBuilder();
        int at = start;
        for (SearchAnalyzer.Token token : tokens) {
            if (token.start() < start || token.end() > end || !terms.contains(token.term())) {
                continue;
            }
            escape(text, at, token.start(), html);
            html.append("<mark>");
            escape(text, token.start(), token.end(), html);
            html.append("</mark>");
            at = token.end();
        }
        escape(text, at, end, html);
        return html.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
