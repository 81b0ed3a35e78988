package de.presseschau.extract;

/** Finds an article's main text in a publisher's page, readability-style, and returns it sanitized. */
public final class ArticleExtractor {

    private final HtmlSanitizer sanitizer;

    public ArticleExtractor(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** Decodes the page bytes (BOM, HTTP charset, meta charset, else UTF-8) and extracts. */
    public ExtractedArticle extract(byte[] page, String httpCharset, String pageUrl) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Extracts from an already decoded page. */
    public ExtractedArticle extract(String html, String pageUrl) {
        throw new UnsupportedOperationException("not yet");
    }
}
