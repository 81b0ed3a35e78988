package de.presseschau.model;

import java.time.Instant;

/** One source of a story as the reader lists it: the article's headline, address, outlet and time. */
public record StoryMember(long articleId, long storyId, String title, String url, String source, Instant publishedAt) {
}
