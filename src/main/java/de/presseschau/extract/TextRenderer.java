package de.presseschau.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/** Renders HTML as plain text: blocks separated by blank lines, list items and rows by line breaks, whitespace collapsed. */
final class TextRenderer {

    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "figcaption", "hr", "address",
            "details", "summary", "center", "form", "fieldset", "hgroup", "caption");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "br", "option");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "figcaption");

    String render(Element root) {
        Writer writer = new Writer();
        NodeTraversor.traverse(writer, root);
        return writer.result();
    }

    /** Collects text while tracking the strongest break requested since the last word. */
    private static final class Writer implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int pendingBreak;
        private boolean pendingSpace;
        private int preDepth;
        private int skipDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (skipDepth == 0) {
                    append(text.getWholeText());
                }
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth++;
                } else if (tag.equals("pre")) {
                    preDepth++;
                }
                requestBreakFor(tag, true);
                if (CELLS.contains(tag)) {
                    // Cells of a row apart; a row's first cell starts a line anyway (a break outranks a space).
                    pendingSpace = true;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth--;
                } else if (tag.equals("pre")) {
                    preDepth--;
                }
                if (!tag.equals("br")) {
                    requestBreakFor(tag, false);
                }
            }
        }

        private void requestBreakFor(String tag, boolean opening) {
            if (PARAGRAPHS.contains(tag)) {
                pendingBreak = 2;
            } else if (LINES.contains(tag) && (opening || !tag.equals("br"))) {
                pendingBreak = Math.max(pendingBreak, 1);
            }
        }

        private void append(String raw) {
            String text = clean(raw);
            if (preDepth > 0) {
                appendPreformatted(text);
                return;
            }
            int i = 0;
            int length = text.length();
            while (i < length) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    pendingSpace = true;
                    i++;
                    continue;
                }
                int start = i;
                while (i < length && !isSpace(text.charAt(i))) {
                    i++;
                }
                writeWord(text, start, i);
            }
        }

        private void appendPreformatted(String text) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    pendingBreak = Math.max(pendingBreak, 1);
                }
                String line = lines[i].stripTrailing();
                if (!line.isBlank()) {
                    writeWord(line, 0, line.length());
                }
            }
        }

        private void writeWord(String text, int start, int end) {
            if (out.length() > 0) {
                if (pendingBreak == 2) {
                    out.append("\n\n");
                } else if (pendingBreak == 1) {
                    out.append('\n');
                } else if (pendingSpace) {
                    out.append(' ');
                }
            }
            pendingBreak = 0;
            pendingSpace = false;
            out.append(text, start, end);
        }

        String result() {
            return out.toString();
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u2007'
                || c == '\u202F' || c == '\u2009' || c == '\u200A' || c == '\u3000' || c == '\u2002' || c == '\u2003';
    }

    /** Drops invisible characters and decodes entities that were escaped twice upstream (a literal "&amp;uuml;"). */
    private static String clean(String text) {
        String result = text;
        if (result.indexOf('&') >= 0 && result.indexOf(';') > result.indexOf('&')) {
            result = Parser.unescapeEntities(result, false);
        }
        StringBuilder kept = null;
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            boolean invisible = c == '\u00AD' || c == '\u200B' || c == '\uFEFF'
                    || c == '\u2060';
            if (invisible && kept == null) {
                kept = new StringBuilder(result.length());
                kept.append(result, 0, i);
            } else if (!invisible && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? result : kept.toString();
    }
}
