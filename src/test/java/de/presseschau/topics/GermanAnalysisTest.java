package de.presseschau.topics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GermanAnalysisTest {

    private final GermanAnalysis analysis = new GermanAnalysis();

    @Test
    void foldsUmlautsAndSharpS() {
        assertEquals(analysis.terms("Straße"), analysis.terms("Strasse"));
        assertEquals(analysis.terms("Präsidentin"), analysis.terms("Praesidentin"));
        assertEquals(analysis.terms("Bürger"), analysis.terms("BÜRGER"));
    }

    @Test
    void stemsInflectedFormsToOneTerm() {
        assertEquals(analysis.terms("Wahl"), analysis.terms("Wahlen"));
        assertEquals(analysis.terms("Regierung"), analysis.terms("Regierungen"));
    }

    @Test
    void dropsStopwordsAndNumbers() {
        List<String> terms = analysis.terms("Der Kanzler und die Ministerin reisen für 3 Tage über 2026 nach Paris.");

        assertEquals(5, terms.size(), terms.toString());
        assertFalse(terms.contains("der"));
        assertFalse(terms.contains("fur"));
        assertFalse(terms.contains("2026"));
        assertTrue(terms.contains("paris"), terms.toString());
    }

    @Test
    void emptyTextHasNoTerms() {
        assertTrue(analysis.terms(null).isEmpty());
        assertTrue(analysis.terms("  ").isEmpty());
    }
}
