package de.presseschau.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns page bytes into text: byte-order mark, then the HTTP charset, then a meta charset near the top, else UTF-8. */
final class PageDecoder {

    /** The HTML spec prescans 1024 bytes; real pages often put the meta tag after long scripts, so look further. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    String decode(byte[] page, String httpCharset) {
        if (startsWith(page, 0xEF, 0xBB, 0xBF)) {
            return new String(page, 3, page.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(page, 0xFE, 0xFF)) {
            return new String(page, 2, page.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(page, 0xFF, 0xFE)) {
            return new String(page, 2, page.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = charsetNamed(fromContentType(httpCharset));
        if (declared == null) {
            declared = charsetNamed(metaCharset(page));
        }
        if (declared != null) {
            return new String(page, declared);
        }
        String utf8 = strictUtf8(page);
        return utf8 != null ? utf8 : new String(page, WINDOWS_1252);
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

    /** A supported charset for the name, with the HTML spec's substitutions; null when unknown. */
    static Charset charsetNamed(String name) {
        if (name == null) {
            return null;
        }
        String clean = name.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            return null;
        }
        switch (clean) {
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252" -> {
                return WINDOWS_1252;
            }
            // A page that declares UTF-16 in ASCII-readable markup cannot really be UTF-16.
            case "utf-16", "utf-16le", "utf-16be", "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.isSupported(clean) ? Charset.forName(clean) : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
    }

    /** The page as UTF-8, or null when its bytes are not valid UTF-8 (then it is most likely windows-1252). */
    private static String strictUtf8(byte[] page) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(page))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] page, int... prefix) {
        if (page.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((page[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
