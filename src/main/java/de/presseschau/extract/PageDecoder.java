package de.presseschau.extract;

import de.presseschau.fetch.Charsets;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns page bytes into text: byte-order mark, then the HTTP charset, then a meta charset near the top, else UTF-8. */
final class PageDecoder {

    /** The HTML spec prescans 1024 bytes; real pages often put the meta tag after long scripts, so look further. */
    private static final int PRESCAN_BYTES = 8192;

    String decode(byte[] page, String httpCharset) {
        Charsets.ByteOrderMark mark = Charsets.byteOrderMark(page);
        if (mark != null) {
            return Charsets.decode(page, mark.length(), mark.charset());
        }
        Charset declared = Charsets.named(fromContentType(httpCharset));
        if (declared == null) {
            declared = Charsets.named(metaCharset(page));
        }
        // Undeclared pages are UTF-8 when their bytes are, else windows-1252: Charsets.decode checks.
        return Charsets.decode(page, 0, declared == null ? StandardCharsets.UTF_8 : declared);
    }

    /** Accepts a bare charset name or a whole Content-Type value. */
    private static String fromContentType(String value) {
        if (value == null) {
            return null;
        }
        int at = value.toLowerCase(Locale.ROOT).indexOf("charset=");
        return at < 0 ? value : value.substring(at + "charset=".length());
    }

    /** The charset of the first meta tag that declares one, as {@code charset=} or in an http-equiv content value. */
    static String metaCharset(byte[] page) {
        int length = Math.min(page.length, PRESCAN_BYTES);
        // ISO-8859-1 maps every byte to one char, so ASCII markup reads the same in any ASCII-compatible charset.
        String head = new String(page, 0, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int tag = head.indexOf("<meta", from);
            if (tag < 0) {
                return null;
            }
            int end = head.indexOf('>', tag);
            if (end < 0) {
                return null;
            }
            int at = head.indexOf("charset", tag);
            if (at >= 0 && at < end) {
                String name = valueAfterEquals(head, at + "charset".length(), end);
                if (name != null) {
                    return name;
                }
            }
            from = end;
        }
    }

    private static String valueAfterEquals(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= end || text.charAt(i) != '=') {
            return null;
        }
        i++;
        while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i++;
        }
        int start = i;
        while (i < end && isCharsetNameChar(text.charAt(i))) {
            i++;
        }
        return i > start ? text.substring(start, i) : null;
    }

    private static boolean isCharsetNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':';
    }
}
