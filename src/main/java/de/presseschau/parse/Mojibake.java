package de.presseschau.parse;

import de.presseschau.fetch.Charsets;

/**
 * Repairs text that was UTF-8 but got decoded as windows-1252 or Latin-1 somewhere upstream ("fÃ¤hrt", "â€žOhne"),
 * by re-reading each such run as the UTF-8 it was.
 */
final class Mojibake {

    private Mojibake() {
    }

    /** The text with every double-encoded character restored; text without such runs is returned as is. */
    static String repair(String text) {
        if (text == null) {
            return null;
        }
        String repaired = text;
        // Text can be double-encoded more than once; each pass undoes one layer.
        for (int pass = 0; pass < 3; pass++) {
            String next = repairOnce(repaired);
            if (next.equals(repaired)) {
                break;
            }
            repaired = next;
        }
        return repaired;
    }

    private static String repairOnce(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int lead = byteOf(text.charAt(i));
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : 0;
            int codePoint = length == 0 ? -1 : decode(text, i, lead, length);
            if (codePoint >= 0 && isPlausible(codePoint)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.appendCodePoint(codePoint);
                i += length;
            } else {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** The code point the UTF-8 sequence starting at {@code at} encodes, or -1 if the chars do not form one. */
    private static int decode(String text, int at, int lead, int length) {
        if (at + length > text.length()) {
            return -1;
        }
        int codePoint = lead & (length == 2 ? 0x1F : 0x0F);
        for (int k = 1; k < length; k++) {
            int continuation = byteOf(text.charAt(at + k));
            if (continuation < 0x80 || continuation > 0xBF) {
                return -1;
            }
            codePoint = (codePoint << 6) | (continuation & 0x3F);
        }
        boolean overlong = length == 3 && codePoint < 0x800;
        return overlong ? -1 : codePoint;
    }

    /**
     * Only the characters that double-encoded Western text produces: Latin-1 and Latin Extended-A letters and signs,
     * and typographic punctuation, the euro sign and trade mark. Anything else would be a guess: "Spaß“" reads as
     * the bytes DF 93, valid UTF-8 for an N'Ko letter, and must stay as it is.
     */
    private static boolean isPlausible(int codePoint) {
        return codePoint >= 0xA0 && codePoint <= 0x17F
                || codePoint >= 0x2010 && codePoint <= 0x203A
                || codePoint == 0x20AC || codePoint == 0x2122;
    }

    /** The byte a char came from when bytes were read as windows-1252 (or Latin-1), or -1. */
    private static int byteOf(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c <= 0xFF) {
            return c;
        }
        for (int b = 0x80; b <= 0x9F; b++) {
            if (Charsets.windows1252(b) == c) {
                return b;
            }
        }
        return -1;
    }
}
