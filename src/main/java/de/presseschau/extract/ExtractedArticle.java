package de.presseschau.extract;

import java.time.Instant;

/**
 * The body found in an article page: sanitized HTML and its plain text (paragraphs separated by blank lines), with
 * the author and publication time the page states (null when it states none) and, for an article behind a paywall,
 * why it is taken to be one (null for a free article).
 */
public record ExtractedArticle(String title, String contentHtml, String contentText, String author,
                               Instant publishedAt, String paywallReason) {

    public boolean hasBody() {
        return contentText != null && !contentText.isBlank();
    }

    /** Only the free beginning of the article was on the page. */
    public boolean isPaywalled() {
        return paywallReason != null;
    }
}
