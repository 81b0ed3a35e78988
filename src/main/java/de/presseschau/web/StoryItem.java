package de.presseschau.web;

/** One item of an article list: the lead article, and the story's other sources when it has any (else null). */
public record StoryItem(TeaserView teaser, StorySources sources) {
}
