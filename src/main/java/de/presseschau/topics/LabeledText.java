package de.presseschau.topics;

/** A text whose label is known: an article and its section, or a row of an evaluation file. */
public record LabeledText(String text, String label) {
}
