package de.presseschau.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Undoes a gzip or deflate Content-Encoding, stopping as soon as the result exceeds the size limit. */
final class ContentDecoder {

    /** The body is encoded with a coding we do not speak (we never ask for one, but servers send it anyway). */
    static final class UnknownEncodingException extends IOException {
        private final String encoding;

        UnknownEncodingException(String encoding) {
            super("Unknown content encoding " + encoding);
            this.encoding = encoding;
        }

        String encoding() {
            return encoding;
        }
    }

    private ContentDecoder() {
    }

    /** Decodes {@code body} according to a Content-Encoding header (null or "identity": unchanged). */
    static byte[] decode(byte[] body, String contentEncoding, long limit) throws IOException {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return body;
        }
        String[] codings = contentEncoding.split(",");
        byte[] result = body;
        // Codings are listed in the order they were applied, so undo them from the last.
        for (int i = codings.length - 1; i >= 0; i--) {
            result = undo(result, codings[i].trim().toLowerCase(Locale.ROOT), limit);
        }
        return result;
    }

    private static byte[] undo(byte[] body, String coding, long limit) throws IOException {
        switch (coding) {
            case "", "identity", "none":
                return body;
            case "gzip", "x-gzip":
                // Some servers label plain bodies as gzip; the magic number tells the truth.
                return isGzip(body) ? inflate(new GZIPInputStream(new ByteArrayInputStream(body)), limit) : body;
            case "deflate":
                // "deflate" should be zlib-wrapped (RFC 9110, 8.4.1.2), but some servers send raw deflate.
                Inflater inflater = new Inflater(!isZlib(body));
                try {
                    return inflate(new InflaterInputStream(new ByteArrayInputStream(body), inflater), limit);
                } finally {
                    inflater.end();
                }
            default:
                throw new UnknownEncodingException(coding);
        }
    }

    private static byte[] inflate(InputStream in, long limit) throws IOException {
        try (in) {
            LimitedBuffer out = new LimitedBuffer(limit);
            byte[] chunk = new byte[16 * 1024];
            int read;
            while ((read = in.read(chunk)) != -1) {
                if (!out.append(chunk, 0, read)) {
                    throw new BodyTooLargeException(limit);
                }
            }
            return out.toByteArray();
        }
    }

    private static boolean isGzip(byte[] body) {
        return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    private static boolean isZlib(byte[] body) {
        if (body.length < 2) {
            return false;
        }
        int first = body[0] & 0xff;
        int second = body[1] & 0xff;
        return (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
    }
}
