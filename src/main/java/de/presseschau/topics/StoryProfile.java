package de.presseschau.topics;

/** An article prepared for story matching once: the vector of the whole text and the one of title and opening. */
public record StoryProfile(StoryVector whole, StoryVector lead) {
}
