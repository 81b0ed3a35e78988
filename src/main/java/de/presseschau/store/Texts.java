package de.presseschau.store;

/** Keeps text within the width of its column. */
final class Texts {

    private Texts() {
    }

    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
