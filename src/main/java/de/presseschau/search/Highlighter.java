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
     * matches marked; the beginning of the text when nothing matches.
     */
    String snippet(String text, Set<String> terms, int length) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String clean = text.strip().replaceAll("\\s+", " ");
        List<SearchAnalyzer.Token> tokens = analyzer.tokens(clean);
        int first = tokens.stream().filter(t -> terms.contains(t.term())).mapToInt(SearchAnalyzer.Token::start)
                .findFirst().orElse(0);
        int start = first < length / 3 ? 0 : clean.lastIndexOf(' ', first - length / 3) + 1;
        int end = Math.min(clean.length(), start + length);
        if (end < clean.length()) {
            int space = clean.lastIndexOf(' ', end);
            end = space > first ? space : end;
        }
        return (start > 0 ? "… " : "") + mark(clean, start, end, terms, tokens) + (end < clean.length() ? " …" : "");
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
