package de.presseschau.model;

/** Which story an article belongs to, and how many articles that story has. */
public record StoryMembership(long storyId, int size) {
}
