package de.presseschau.model;

/**
 * An article's section and why: {@code detail} is the topic, category or URL path segment that decided it, and
 * {@code confidence} the classifier's (0..1; 1 for the other sources).
 */
public record SectionAssignment(Section section, SectionSource source, String detail, double confidence) {

    /** Why the article is where it is, in the reader's words. */
    public String reason() {
        return switch (source) {
            case USER -> "von Hand hierher verschoben";
            case TOPIC -> "Thema „" + detail + "“ in feeds.txt";
            case CATEGORY -> "aus Kategorie „" + detail + "“";
            case URL -> "Ressort aus der URL (" + detail + ")";
            case CLASSIFIER -> "vom Klassifikator, " + Math.round(confidence * 100) + " %";
        };
    }
}
