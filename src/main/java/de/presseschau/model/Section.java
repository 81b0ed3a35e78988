package de.presseschau.model;

import java.util.Arrays;
import java.util.Optional;

/** The fixed set of sections (Ressorts) articles are sorted into, in the order the reader shows them. */
public enum Section {
    POLITIK("Politik"),
    WIRTSCHAFT("Wirtschaft"),
    SPORT("Sport"),
    KULTUR("Kultur"),
    WISSEN("Wissen"),
    TECHNIK("Technik"),
    PANORAMA("Panorama");

    private final String displayName;

    Section(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The section with this German name ("Politik"), ignoring case. */
    public static Optional<Section> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.displayName.equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }
}
