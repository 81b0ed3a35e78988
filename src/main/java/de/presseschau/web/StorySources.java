package de.presseschau.web;

import java.util.List;

/** The other outlets of a story under its lead article: "+N weitere Quellen", their headlines, the story's page. */
public record StorySources(String link, List<Source> others) {

    /** One further source: its headline, outlet and reading view. */
    public record Source(String title, String source, String link) {
    }

    /** "+1 weitere Quelle", "+3 weitere Quellen". */
    public String label() {
        return "+" + others.size() + (others.size() == 1 ? " weitere Quelle" : " weitere Quellen");
    }
}
