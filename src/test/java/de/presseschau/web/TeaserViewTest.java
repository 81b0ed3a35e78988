package de.presseschau.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeaserViewTest {

    @Test
    void shortTeasersStayAsTheyAreWithWhitespaceTidied() {
        assertEquals("Kurz und gut.", TeaserView.shorten("  Kurz\n und   gut. ", 200));
        assertEquals("", TeaserView.shorten(null, 200));
    }

    @Test
    void longTeasersAreCutAtAWordBoundaryAndMarked() {
        String shortened = TeaserView.shorten("Die Bundesregierung beschließt heute weitreichende Änderungen", 30);

        assertEquals("Die Bundesregierung beschließt …", shortened);
    }

    @Test
    void aSingleOverlongWordIsCutHard() {
        String shortened = TeaserView.shorten("Donaudampfschifffahrtsgesellschaftskapitänsmütze", 20);

        assertEquals("Donaudampfschifffahr …", shortened);
        assertTrue(shortened.length() <= 22);
    }
}
