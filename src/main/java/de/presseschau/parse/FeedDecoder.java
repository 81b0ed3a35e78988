package de.presseschau.parse;

import de.presseschau.fetch.Charsets;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * Names are read by {@link Charsets#named}: ISO-8859-1 and US-ASCII mean windows-1252, as in browsers. A UTF-8
 * label on bytes that are mostly not UTF-8 is a lie we see often; such bytes are read as windows-1252
 * ({@link Charsets#decode}). Names Java does not know are skipped.
 */
final class FeedDecoder {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private FeedDecoder() {
    }

    /** Decodes {@code body}; a leading byte order mark is dropped. */
    static String decode(byte[] body, String httpCharset) {
        Charsets.ByteOrderMark mark = Charsets.byteOrderMark(body);
        if (mark != null) {
            return Charsets.decode(body, mark.length(), mark.charset());
        }
        // UTF-16 without a mark still shows itself in the first bytes of "<?".
        if (startsWith(body, 0x00, 0x3C, 0x00, 0x3F)) {
            return new String(body, StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0x3C, 0x00, 0x3F, 0x00)) {
            return new String(body, StandardCharsets.UTF_16LE);
        }
        Charset charset = Charsets.named(declaredEncoding(body));
        if (charset == null) {
            charset = Charsets.named(httpCharset);
        }
        return Charsets.decode(body, 0, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /** The name of the charset {@link #decode} reads the bytes in, for the fetch log. */
    static String charsetName(byte[] body, String httpCharset) {
        Charsets.ByteOrderMark mark = Charsets.byteOrderMark(body);
        if (mark != null) {
            return mark.charset().name();
        }
        if (startsWith(body, 0x00, 0x3C, 0x00, 0x3F)) {
            return StandardCharsets.UTF_16BE.name();
        }
        if (startsWith(body, 0x3C, 0x00, 0x3F, 0x00)) {
            return StandardCharsets.UTF_16LE.name();
        }
        Charset charset = Charsets.named(declaredEncoding(body));
        if (charset == null) {
            charset = Charsets.named(httpCharset);
        }
        return Charsets.readsAs(body, 0, charset == null ? StandardCharsets.UTF_8 : charset).name();
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
