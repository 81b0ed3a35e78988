package de.presseschau.topics;

/** The classifier's best label for a text and how sure it is, from 0 to 1. */
public record Prediction(String label, double confidence) {
}
