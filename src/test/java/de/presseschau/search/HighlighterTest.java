package de.presseschau.search;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The marks go where the index says the matches stand, and the snippet's window around the first of them; where the
 * index is behind the text, the text is analysed instead.
 */
class HighlighterTest {

    private static final Set<String> TERMS = Set.of("strassenbahn");
    private static final String FILLER = "Die Sitzung dauerte lange und brachte wenig Neues. ".repeat(20);

    private final Highlighter highlighter = new Highlighter(new SearchAnalyzer());

    private static FieldMatches.Found at(String text, String... words) {
        int[] offsets = new int[2 * words.length];
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            offsets[2 * i] = text.indexOf(words[i], from);
            offsets[2 * i + 1] = offsets[2 * i] + words[i].length();
            from = offsets[2 * i + 1];
        }
        return new FieldMatches.Found(TERMS, offsets);
    }

    @Test
    void theMarksGoWhereTheIndexSays() {
        String text = "Zuerst Straßenbahn, dann Bus. " + FILLER + "Dann die Straßenbahn in Erfurt und die Straßenbahn in Jena. "
                + FILLER;
        // The index names the later two only: the window is taken around them, and only they are marked.
        int erfurt = text.indexOf("Straßenbahn in Erfurt");
        int jena = text.indexOf("Straßenbahn in Jena");
        FieldMatches.Found found = new FieldMatches.Found(TERMS, new int[] {erfurt, erfurt + 11, jena, jena + 11});

        String snippet = highlighter.snippet(text, found, 240);

        assertTrue(snippet.contains("Dann die <mark>Straßenbahn</mark> in Erfurt und die <mark>Straßenbahn</mark> in Jena."),
                snippet);
        assertTrue(!snippet.contains("Zuerst"), snippet);
    }

    @Test
    void offsetsWhereNoMatchStandsAreNotTrusted() {
        String text = "  " + FILLER + "Am Ende ging es um die Straßenbahn in Kassel. " + FILLER;
        int neues = text.indexOf("Neues");

        for (int[] stale : new int[][] {{neues, neues + 5}, {5, 9}, {text.length() + 10, text.length() + 21}}) {
            String snippet = highlighter.snippet(text, new FieldMatches.Found(TERMS, stale), 240);

            assertTrue(snippet.contains("um die <mark>Straßenbahn</mark> in Kassel."), stale[0] + ": " + snippet);
            assertTrue(!snippet.contains("<mark>Neues"), snippet);
        }
    }

    @Test
    void theOffsetsCountTheWhitespaceBeforeTheTextAndInsideIt() {
        String text = "\n\n   " + FILLER + "Am Ende   ging\n\nes um die   Straßenbahn in Kassel. " + FILLER + "Straßenbahn";
        FieldMatches.Found found = at(text, "Straßenbahn");

        String snippet = highlighter.snippet(text, found, 240);

        assertTrue(snippet.contains("Am Ende ging es um die <mark>Straßenbahn</mark> in Kassel."), snippet);
    }

    @Test
    void aHeadlineIsMarkedWhereTheIndexSaysAndLeftPlainWhereItHoldsNoMatch() {
        String title = "Straßenbahn & Bus: neue Straßenbahn für <Kassel>";

        assertEquals("<mark>Straßenbahn</mark> &amp; Bus: neue <mark>Straßenbahn</mark> für &lt;Kassel&gt;",
                highlighter.highlight(title, TERMS, at(title, "Straßenbahn", "Straßenbahn")));
        assertEquals("Straßenbahn &amp; Bus: neue Straßenbahn für &lt;Kassel&gt;",
                highlighter.highlight(title, TERMS, FieldMatches.Found.NONE));
        // An index from before offsets knows the term is there, not where: the headline is analysed.
        assertEquals("<mark>Straßenbahn</mark> &amp; Bus: neue <mark>Straßenbahn</mark> für &lt;Kassel&gt;",
                highlighter.highlight(title, TERMS, new FieldMatches.Found(TERMS, new int[0])));
    }
}
