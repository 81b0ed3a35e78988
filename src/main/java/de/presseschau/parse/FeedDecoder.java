package de.presseschau.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which charset feed bytes are in and decodes them to a String. The order, first match wins:
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16 BE/LE);</li>
 *   <li>the encoding in the XML declaration;</li>
 *   <li>the charset of the HTTP Content-Type header;</li>
 *   <li>UTF-8 if the bytes are valid UTF-8, else windows-1252.</li>
 * </ol>
 * ISO-8859-1 and US-ASCII (under any of their names) are read as windows-1252, as browsers do: real "Latin-1"
 * feeds use its extra characters („ “ – €). A UTF-8 label on bytes that are not valid UTF-8 is a lie we see
 * often; such bytes are read as windows-1252. Names Java does not know are skipped.
 */
final class FeedDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // In windows-1252 the bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned; like browsers we keep them as C1 controls.
    private static final String WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private FeedDecoder() {
    }

    /** Decodes {@code body}; a leading byte order mark is dropped. */
    static String decode(byte[] body, String httpCharset) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return decodeAs(body, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(body, 0x00, 0x3C, 0x00, 0x3F)) {
            return new String(body, StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0x3C, 0x00, 0x3F, 0x00)) {
            return new String(body, StandardCharsets.UTF_16LE);
        }
        Charset charset = known(declaredEncoding(body));
        if (charset == null) {
            charset = known(httpCharset);
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        return decodeAs(body, 0, charset);
    }

    /** The encoding named in the XML declaration, or null. */
    static String declaredEncoding(byte[] body) {
        int start = 0;
        while (start < body.length && start < 64 && isXmlSpace(body[start])) {
            start++;
        }
        // The declaration itself is ASCII in every charset we read this way.
        String head = new String(body, start, Math.min(body.length - start, 256), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String decodeAs(byte[] body, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            String utf8 = strictUtf8(body, offset);
            return utf8 != null ? utf8 : windows1252(body, offset);
        }
        if (charset.equals(WINDOWS_1252)) {
            return windows1252(body, offset);
        }
        return new String(body, offset, body.length - offset, charset);
    }

    private static Charset known(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Charset charset;
        try {
            charset = Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252;
        }
        String canonical = charset.name().toUpperCase(Locale.ROOT);
        // A UTF-16 label without a BOM or a UTF-16 declaration shape is wrong for bytes that start like ASCII.
        return canonical.startsWith("UTF-16") || canonical.startsWith("UTF-32") ? null : charset;
    }

    private static String strictUtf8(byte[] body, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String windows1252(byte[] body, int offset) {
        StringBuilder text = new StringBuilder(body.length - offset);
        for (int i = offset; i < body.length; i++) {
            int b = body[i] & 0xff;
            text.append((char) windows1252(b));
        }
        return text.toString();
    }

    /** The character a windows-1252 byte stands for (0x00-0xFF). */
    static int windows1252(int b) {
        return b >= 0x80 && b <= 0x9F ? WINDOWS_1252_HIGH.charAt(b - 0x80) : b;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isXmlSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
