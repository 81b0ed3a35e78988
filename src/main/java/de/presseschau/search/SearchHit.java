package de.presseschau.search;

/** One article found: its id, its headline and a snippet of its body as HTML with the matches marked. */
public record SearchHit(long articleId, String titleHtml, String snippetHtml) {
}
