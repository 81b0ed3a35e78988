package de.presseschau.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Reads fixture files from the test classpath and points the article links of captured feeds at a local server. */
public final class Fixtures {

    private static final Pattern LINK = Pattern.compile(
            "(<link[^>]*>\\s*(?:<!\\[CDATA\\[)?\\s*|<link[^>]*?href=[\"'])https?://");

    private Fixtures() {
    }

    /** The bytes of a classpath resource; {@code .gz} files are decompressed. */
    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return resource.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites every {@code <link>} of a captured feed from {@code http(s)://host/path} to
     * {@code base/ext/host/path}, so that following entries stays on 127.0.0.1. Works on the raw bytes
     * (read as ISO-8859-1, which maps bytes one to one), whatever the feed's encoding.
     */
    public static byte[] pointLinksAt(byte[] feed, String base) {
        String text = new String(feed, StandardCharsets.ISO_8859_1);
        Matcher matcher = LINK.matcher(text);
        String rewritten = matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + base + "/ext/"));
        return rewritten.getBytes(StandardCharsets.ISO_8859_1);
    }
}
