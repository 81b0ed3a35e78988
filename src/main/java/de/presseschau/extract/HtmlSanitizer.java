package de.presseschau.extract;

/** Removes unsafe markup from article HTML, keeping text, structure, links and images with absolute URLs. */
public final class HtmlSanitizer {

    /** Sanitized HTML; relative links and image sources are resolved against {@code baseUri}. */
    public String sanitize(String html, String baseUri) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The plain text of (sanitized or not) HTML, paragraphs separated by blank lines. */
    public String toText(String html) {
        throw new UnsupportedOperationException("not yet");
    }
}
