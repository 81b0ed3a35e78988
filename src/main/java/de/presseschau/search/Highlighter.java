package de.presseschau.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks the words that matched a search in a headline or a snippet of the body; everything else is escaped. The marks
 * go where the index says the matches stand, each checked against the text (the index may be older than it); where a
 * check fails, or the index does not say, the text is analysed instead.
 */
final class Highlighter {

    private final SearchAnalyzer analyzer;

    Highlighter(SearchAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The whole text as HTML, each word whose term is in {@code terms} inside {@code <mark>}; nothing is marked when
     * the index found none of them in it ({@code found}).
     */
    String highlight(String text, Set<String> terms, FieldMatches.Found found) {
        String all = text == null ? "" : text;
        if (found.terms().isEmpty()) {
            return mark(all, 0, all.length(), List.of());
        }
        List<int[]> marks = indexed(all, found, 0, all.length(), null, 0);
        return mark(all, 0, all.length(), marks != null ? marks : analysed(all, terms));
    }

    /**
     * About {@code length} characters of the text around its first matching word, cut at spaces, as HTML with the
     * matches marked; the beginning of the text when its field holds no match ({@code found}). Where the index's
     * offsets hold, nothing is analysed; else the text up to the first match and the window around it.
     */
    String snippet(String text, FieldMatches.Found found, int length) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Set<String> terms = found.terms();
        String stripped = text.strip();
        int leading = text.length() - text.stripLeading().length();
        int[] offsets = found.offsets().clone();
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] -= leading;
        }
        FieldMatches.Found inStripped = new FieldMatches.Found(terms, offsets);
        boolean fromIndex = offsets.length > 0 && isMatch(stripped, offsets[0], offsets[1], terms);
        int match = terms.isEmpty() ? 0 : fromIndex ? offsets[0] : Math.max(0, analyzer.firstOffset(stripped, terms));
        // Whitespace runs shrink to one space, so the raw text around the match is taken with room to spare.
        int regionStart = match <= length ? 0 : spaceBefore(stripped, match - length) + 1;
        int regionEnd = stripped.length() - match <= 2 * length ? stripped.length() : spaceAfter(stripped, match + 2 * length);
        StringBuilder collapsed = new StringBuilder(regionEnd - regionStart);
        int[] landed = collapse(stripped, regionStart, regionEnd, collapsed);
        int first = landed[match - regionStart];
        String clean = collapsed.toString();
        int start = first < length / 3 ? 0 : clean.lastIndexOf(' ', first - length / 3) + 1;
        int end = Math.min(clean.length(), start + length);
        if (end < clean.length()) {
            int space = clean.lastIndexOf(' ', end);
            end = space > first ? space : end;
        }
        // Up to the end of its last word, so a word cut at the window's end is not taken for a match.
        String window = clean.substring(start, spaceAfter(clean, end));
        List<int[]> marks = fromIndex ? indexed(stripped, inStripped, regionStart, regionEnd, landed, start) : null;
        if (marks == null) {
            marks = terms.isEmpty() ? List.of() : analysed(window, terms);
        }
        return (start > 0 || regionStart > 0 ? "… " : "") + mark(window, 0, end - start, marks)
                + (end < clean.length() || regionEnd < stripped.length() ? " …" : "");
    }

    /**
     * The index's matches between {@code from} and {@code to} of {@code text}, each checked; null when one is not a
     * match in the text as it is now. {@code landed} maps them into the collapsed text, less {@code shift}; null
     * leaves them where they stand.
     */
    private List<int[]> indexed(String text, FieldMatches.Found found, int from, int to, int[] landed, int shift) {
        int[] offsets = found.offsets();
        if (offsets.length == 0) {
            return null;
        }
        List<int[]> marks = new ArrayList<>();
        for (int i = 0; i < offsets.length; i += 2) {
            int start = offsets[i];
            int end = offsets[i + 1];
            if (start < from || end > to) {
                continue;
            }
            if (!isMatch(text, start, end, found.terms())) {
                return null;
            }
            marks.add(landed == null ? new int[] {start, end}
                    : new int[] {landed[start - from] - shift, landed[end - 1 - from] + 1 - shift});
        }
        return marks;
    }

    /** Whether the characters from {@code start} to {@code end} are one word whose term is in {@code terms}. */
    private boolean isMatch(String text, int start, int end, Set<String> terms) {
        if (start < 0 || end > text.length() || start >= end) {
            return false;
        }
        List<SearchAnalyzer.Token> word = analyzer.tokens(text.substring(start, end));
        return word.size() == 1 && word.get(0).start() == 0 && word.get(0).end() == end - start
                && terms.contains(word.get(0).term());
    }

    /** Where the words of {@code text} whose term is in {@code terms} stand, found by analysis. */
    private List<int[]> analysed(String text, Set<String> terms) {
        List<int[]> marks = new ArrayList<>();
        for (SearchAnalyzer.Token token : analyzer.tokens(text)) {
            if (terms.contains(token.term())) {
                marks.add(new int[] {token.start(), token.end()});
            }
        }
        return marks;
    }

    /**
     * Appends {@code text} from {@code from} to {@code to} with each run of whitespace as one space and none at either
     * end; returns where each of those characters landed (a space: where the next character went).
     */
    private static int[] collapse(String text, int from, int to, StringBuilder clean) {
        int[] landed = new int[to - from];
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                landed[i - from] = clean.length();
                continue;
            }
            if (space && clean.length() > 0) {
                clean.append(' ');
            }
            space = false;
            landed[i - from] = clean.length();
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

    /** The text from {@code start} to {@code end} as HTML, the {@code marks} inside it (by start) in {@code <mark>}. */
    private static String mark(String text, int start, int end, List<int[]> marks) {
        StringBuilder html = new StringBuilder();
        int at = start;
        for (int[] match : marks) {
            if (match[0] < at || match[1] > end) {
                continue;
            }
            escape(text, at, match[0], html);
            html.append("<mark>");
            escape(text, match[0], match[1], html);
            html.append("</mark>");
            at = match[1];
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
