package de.presseschau.topics;

/** Two articles people scored from 1 (same story) to 4 (unrelated). */
record StoryPair(String id, StoryText first, StoryText second, double overall) {
}
