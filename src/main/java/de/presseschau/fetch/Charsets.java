package de.presseschau.fetch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Charset decisions shared by feeds and pages: byte order marks, charset names read as browsers read them,
 * and decoding that survives labels that lie. Each caller decides only which declaration it trusts first.
 */
public final class Charsets {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // In windows-1252 the bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned; like browsers we keep them as C1 controls.
    private static final String WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private Charsets() {
    }

    /** A byte order mark at the start of the bytes: the charset it announces and its length. */
    public record ByteOrderMark(Charset charset, int length) {
    }

    /** The byte order mark the bytes start with, or null. */
    public static ByteOrderMark byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new ByteOrderMark(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /**
     * The charset a declaration names, or null when Java does not know the name. ISO-8859-1 and US-ASCII (under
     * any of their names) mean windows-1252, as in browsers: real "Latin-1" text uses its extra characters
     * („ “ – €). A UTF-16 or UTF-32 label read from ASCII-compatible bytes cannot be true; it means UTF-8.
     */
    public static Charset named(String name) {
        if (name == null) {
            return null;
        }
        String clean = name.strip().replace("\"", "").replace("'", "");
        if (clean.isEmpty()) {
            return null;
        }
        Charset charset;
        try {
            charset = Charset.forName(clean);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252;
        }
        String canonical = charset.name().toUpperCase(Locale.ROOT);
        return canonical.startsWith("UTF-16") || canonical.startsWith("UTF-32") ? StandardCharsets.UTF_8 : charset;
    }

    /**
     * Decodes the bytes from {@code offset}. UTF-8 is checked: bytes that are mostly not UTF-8 (a Latin-1 file
     * labelled UTF-8) are read as windows-1252, while real UTF-8 with a few broken bytes stays UTF-8.
     */
    public static String decode(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            String strict = strictUtf8(bytes, offset);
            if (strict != null) {
                return strict;
            }
            return isMostlyUtf8(bytes, offset) ? new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8)
                    : windows1252(bytes, offset);
        }
        if (charset.equals(WINDOWS_1252)) {
            return windows1252(bytes, offset);
        }
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    /** The charset {@link #decode} reads the bytes in when told {@code charset}: UTF-8 or, for mislabelled bytes, windows-1252. */
    public static Charset readsAs(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && strictUtf8(bytes, offset) == null && !isMostlyUtf8(bytes, offset)) {
            return WINDOWS_1252;
        }
        return charset;
    }

    /** The character a windows-1252 byte stands for (0x00-0xFF). */
    public static char windows1252(int b) {
        return b >= 0x80 && b <= 0x9F ? WINDOWS_1252_HIGH.charAt(b - 0x80) : (char) b;
    }

    private static String strictUtf8(byte[] bytes, int offset) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** More well-formed multi-byte UTF-8 sequences than stray high bytes. */
    private static boolean isMostlyUtf8(byte[] bytes, int offset) {
        int sequences = 0;
        int strays = 0;
        int i = offset;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 1;
            if (b < 0x80) {
                i++;
                continue;
            }
            if (length > 1 && continues(bytes, i + 1, length - 1)) {
                sequences++;
                i += length;
            } else {
                strays++;
                i++;
            }
        }
        return sequences > strays;
    }

    private static boolean continues(byte[] bytes, int from, int count) {
        if (from + count > bytes.length) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String windows1252(byte[] bytes, int offset) {
        StringBuilder text = new StringBuilder(bytes.length - offset);
        for (int i = offset; i < bytes.length; i++) {
            text.append(windows1252(bytes[i] & 0xFF));
        }
        return text.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
