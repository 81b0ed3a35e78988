package de.presseschau;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Python literals feedparser's test expectations compare with: strings (with u/b prefixes and escapes such
 * as \xa0 or \u2019), integers and tuples or lists of them. Anything else gives null: that clause is not scored.
 */
final class PythonLiteral {

    private final String text;
    private int at;

    private PythonLiteral(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        PythonLiteral reader = new PythonLiteral(text);
        try {
            Object value = reader.value();
            reader.skipSpaces();
            return reader.at == text.length() ? value : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Object value() {
        skipSpaces();
        char c = text.charAt(at);
        if (c == '(' || c == '[') {
            return sequence(c == '(' ? ')' : ']');
        }
        if (c == '-' || Character.isDigit(c)) {
            int start = at++;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            return Long.parseLong(text.substring(start, at));
        }
        if (c == 'u' || c == 'U' || c == 'b') {
            at++;
        }
        StringBuilder joined = new StringBuilder(string());
        // Python joins adjacent string literals.
        skipSpaces();
        while (at < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '"')) {
            joined.append(string());
            skipSpaces();
        }
        return joined.toString();
    }

    private List<Object> sequence(char close) {
        at++;
        List<Object> items = new ArrayList<>();
        skipSpaces();
        while (text.charAt(at) != close) {
            items.add(value());
            skipSpaces();
            if (text.charAt(at) == ',') {
                at++;
                skipSpaces();
            }
        }
        at++;
        return items;
    }

    private String string() {
        char quote = text.charAt(at++);
        if (quote != '\'' && quote != '"') {
            throw new IllegalArgumentException("no string at " + at);
        }
        StringBuilder out = new StringBuilder();
        while (text.charAt(at) != quote) {
            char c = text.charAt(at++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = text.charAt(at++);
            switch (escape) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> out.appendCodePoint(hex(2));
                case 'u' -> out.appendCodePoint(hex(4));
                case 'U' -> out.appendCodePoint(hex(8));
                case '\n' -> { }
                default -> {
                    if (escape >= '0' && escape <= '7') {
                        int start = at - 1;
                        while (at < text.length() && at - start < 3 && text.charAt(at) >= '0' && text.charAt(at) <= '7') {
                            at++;
                        }
                        out.append((char) Integer.parseInt(text.substring(start, at), 8));
                    } else if (escape == '\\' || escape == '\'' || escape == '"') {
                        out.append(escape);
                    } else {
                        out.append('\\').append(escape);
                    }
                }
            }
        }
        at++;
        return out.toString();
    }

    private int hex(int digits) {
        int value = Integer.parseInt(text.substring(at, at + digits), 16);
        at += digits;
        return value;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
