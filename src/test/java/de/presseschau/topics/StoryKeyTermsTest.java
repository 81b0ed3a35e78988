package de.presseschau.topics;

import de.presseschau.testing.StoryReports;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryKeyTermsTest {

    private final StoryKeyTerms keyTerms = new StoryKeyTerms(new GermanAnalysis());

    @Test
    void theFloodReportsShareTheirPlacesAndNamesInTheirOwnSpelling() {
        List<String> terms = keyTerms.shared(StoryReports.FLOOD, 8);

        assertEquals(8, terms.size(), terms.toString());
        assertTrue(terms.containsAll(List.of("Sturmflut", "Fischmarkt", "Hamburg", "Elbe")), terms.toString());
        assertFalse(terms.contains("Verletzt"), "a sentence's capitalised first word is no key term: " + terms);
    }

    @Test
    void wordsOfOnlyOneArticleAreNoReason() {
        List<String> terms = keyTerms.shared(List.of(StoryReports.BUDGET, StoryReports.FOOTBALL), 8);

        assertTrue(terms.isEmpty(), terms.toString());
    }
}
