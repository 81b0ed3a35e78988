package de.presseschau.model;

import java.util.Arrays;

/** Where an article's section came from, strongest first. */
public enum SectionSource {
    USER("user"),
    TOPIC("topic"),
    CATEGORY("category"),
    URL("url"),
    CLASSIFIER("classifier");

    private final String code;

    SectionSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SectionSource fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown section source " + code));
    }

    /** True for the signals that can teach the classifier: everything but the classifier itself. */
    public boolean isKnown() {
        return this != CLASSIFIER;
    }
}
