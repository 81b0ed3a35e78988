package de.presseschau.web;

import java.util.List;

/**
 * The other outlets of a story under its lead article: "+N weitere Quellen" ({@code count} of them), the headlines of
 * some of them, the story's page with all.
 */
public record StorySources(String link, List<Source> others, int count) {

    /** One further source: its headline, outlet and reading view. */
    public record Source(String title, String source, String link) {
    }

    /** "+1 weitere Quelle", "+3 weitere Quellen". */
    public String label() {
        return "+" + count + (count == 1 ? " weitere Quelle" : " weitere Quellen");
    }
}
