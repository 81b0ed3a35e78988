package de.presseschau.extract;

/** The body found in an article page: sanitized HTML and its plain text (paragraphs separated by blank lines). */
public record ExtractedArticle(String title, String contentHtml, String contentText) {

    public boolean hasBody() {
        return contentText != null && !contentText.isBlank();
    }
}
