package de.presseschau.search;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The snippet starts where the index says the first match stands, and finds it itself where the index is behind. */
class HighlighterTest {

    private final Highlighter highlighter = new Highlighter(new SearchAnalyzer());
    private static final String FILLER = "Die Sitzung dauerte lange und brachte wenig Neues. ".repeat(20);

    @Test
    void theWindowIsTakenWhereTheIndexSaysTheMatchStands() {
        String text = "Zuerst die Straßenbahn in Kassel. " + FILLER + "Dann die Straßenbahn in Erfurt. " + FILLER;
        int second = text.indexOf("Straßenbahn in Erfurt");

        String snippet = highlighter.snippet(text, Set.of("strassenbahn"), 240, second);

        assertTrue(snippet.contains("Dann die <mark>Straßenbahn</mark> in Erfurt."), snippet);
        assertTrue(!snippet.contains("Kassel"), snippet);
    }

    @Test
    void anOffsetWhereNoMatchStandsIsIgnored() {
        String text = "  " + FILLER + "Am Ende ging es um die Straßenbahn in Kassel. " + FILLER;

        for (int stale : new int[] {5, text.indexOf("Neues"), text.length() + 10}) {
            String snippet = highlighter.snippet(text, Set.of("strassenbahn"), 240, stale);

            assertTrue(snippet.contains("um die <mark>Straßenbahn</mark> in Kassel."), stale + ": " + snippet);
        }
    }

    @Test
    void theOffsetCountsTheWhitespaceBeforeTheText() {
        String text = "\n\n   " + FILLER + "Am Ende ging es um die Straßenbahn in Kassel. " + FILLER + "Straßenbahn";

        String snippet = highlighter.snippet(text, Set.of("strassenbahn"), 240, text.indexOf("Straßenbahn in Kassel"));

        assertTrue(snippet.contains("um die <mark>Straßenbahn</mark> in Kassel."), snippet);
    }
}
