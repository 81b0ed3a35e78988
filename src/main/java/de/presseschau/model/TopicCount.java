package de.presseschau.model;

/** A topic and how many articles it holds. */
public record TopicCount(String name, int articleCount) {
}
