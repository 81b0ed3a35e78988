package de.presseschau.parse;

import de.presseschau.fetch.Charsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Makes real-world feed text acceptable to a strict XML parser without loading anything external: drops junk
 * before the root, the DOCTYPE and comments, characters XML 1.0 forbids, and turns HTML entities into numeric ones.
 * Entities the DOCTYPE declares with a plain literal value are kept ({@link InternalEntities}); all others, external
 * ones and those built from other entities (the "billion laughs"), stay visible as text.
 * Removed DOCTYPEs and comments leave their line breaks behind, so parser errors point at the right line.
 */
final class XmlRepair {

    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][A-Za-z0-9_.:-]*)");
    private static final Pattern TRUNCATED_END_TAG = Pattern.compile("(</[A-Za-z_][A-Za-z0-9_.:-]*)\\s*$");

    private XmlRepair() {
    }

    static String repair(String text) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        InternalEntities declared = new InternalEntities();
        // Junk before the root goes without a trace: an XML declaration must be the very first thing.
        int start = documentStart(text);
        Matcher entity = ENTITY.matcher(text);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                if (text.startsWith("<![CDATA[", i)) {
                    int end = endOf(text, "]]>", i + 9);
                    appendXmlChars(text, i, end, out);
                    i = end;
                    continue;
                }
                if (text.startsWith("<!--", i)) {
                    int end = endOf(text, "-->", i + 4);
                    keepLineBreaks(text, i, end, out);
                    i = end;
                    continue;
                }
                if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                    // Never let a parser see a DTD: no external entity can then be declared, let alone fetched.
                    int end = endOfDoctype(text, i + 9);
                    declared.declare(text.substring(i, end));
                    keepLineBreaks(text, i, end, out);
                    i = end;
                    continue;
                }
            }
            if (c == '&') {
                i = appendEntity(text, i, entity, declared, out);
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (isXmlChar(codePoint)) {
                out.appendCodePoint(withoutC1(codePoint));
            }
            i += Character.charCount(codePoint);
        }
        closeTruncatedEndTag(out);
        return out.toString();
    }

    /** C1 controls never occur in real text: they are windows-1252 punctuation that was decoded as Latin-1. */
    private static int withoutC1(int codePoint) {
        return codePoint >= 0x80 && codePoint <= 0x9F ? Charsets.windows1252(codePoint) : codePoint;
    }

    /** A document cut off in its last end tag ("...</rss") is complete but for the '>'. */
    private static void closeTruncatedEndTag(StringBuilder out) {
        Matcher tail = TRUNCATED_END_TAG.matcher(out.subSequence(Math.max(0, out.length() - 128), out.length()));
        if (tail.find()) {
            out.setLength(out.length() - (tail.end() - tail.start()) + tail.group(1).length());
            out.append('>');
        }
    }

    /** Where the document really starts: at an XML declaration if there is one, else at the first '<'. */
    private static int documentStart(String text) {
        int declaration = text.indexOf("<?xml ");
        if (declaration >= 0 && declaration < 4096) {
            return declaration;
        }
        int firstTag = text.indexOf('<');
        return firstTag < 0 ? text.length() : firstTag;
    }

    private static int appendEntity(String text, int at, Matcher entity, InternalEntities declared,
                                    StringBuilder out) {
        if (!entity.region(at, text.length()).lookingAt()) {
            out.append("&amp;");
            return at + 1;
        }
        String name = entity.group(1);
        int end = entity.end();
        if (name.charAt(0) == '#') {
            appendCharacterReference(name, out);
            return end;
        }
        switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> out.append('&').append(name).append(';');
            default -> {
                String value = declared.expand(name);
                if (value != null) {
                    out.append(value);
                } else if (Entities.isNamedEntity(name)) {
                    xhtmlValue(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                } else {
                    // An entity nobody defined (or one from the dropped DTD): keep it as visible text.
                    out.append("&amp;").append(name).append(';');
                }
            }
        }
        return end;
    }

    /**
     * Feeds took their HTML entity names from the XHTML 1.0 DTDs, whose values HTML5 kept for every name but two:
     * the angle brackets, which HTML5 moved from U+2329/U+232A to U+27E8/U+27E9.
     */
    private static String xhtmlValue(String name) {
        return switch (name) {
            case "lang" -> "\u2329";
            case "rang" -> "\u232A";
            default -> Entities.getByName(name);
        };
    }

    private static void appendCharacterReference(String reference, StringBuilder out) {
        int codePoint;
        try {
            codePoint = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X')
                    ? Integer.parseInt(reference.substring(2), 16)
                    : Integer.parseInt(reference.substring(1));
        } catch (NumberFormatException e) {
            return;
        }
        if (codePoint >= 0x80 && codePoint <= 0x9F) {
            // "&#150;" means the windows-1252 dash in practice, as browsers agree.
            codePoint = Charsets.windows1252(codePoint);
        }
        if (isXmlChar(codePoint)) {
            out.append("&#").append(codePoint).append(';');
        }
    }

    private static int endOfDoctype(String text, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int endOf(String text, String terminator, int from) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? text.length() : end + terminator.length();
    }

    private static void appendXmlChars(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; ) {
            int codePoint = text.codePointAt(i);
            if (isXmlChar(codePoint)) {
                out.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
    }

    private static void keepLineBreaks(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                out.append('\n');
            }
        }
    }

    /** The name of the root element, lower case, or "" when there is none. */
    static String rootName(String xml) {
        Matcher root = ROOT.matcher(xml);
        return root.find() ? root.group(1).toLowerCase(Locale.ROOT) : "";
    }

    static boolean isXmlChar(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }
}
