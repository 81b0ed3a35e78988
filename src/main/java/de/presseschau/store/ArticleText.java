package de.presseschau.store;

/** An article's headline and plain text (its body, else the feed's teaser), for the snippets of a search. */
public record ArticleText(long id, String title, String text) {
}
