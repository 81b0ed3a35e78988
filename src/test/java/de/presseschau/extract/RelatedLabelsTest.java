package de.presseschau.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelatedLabelsTest {

    @Test
    void aLabelInCapitalsWithPunctuationAndSpacesAroundItIsStillALabel() {
        assertTrue(RelatedLabels.isAdvertLabel("  ANZEIGE:  "));
        assertTrue(RelatedLabels.isRelatedLabel("— Mehr   zum Thema: "));
        assertTrue(RelatedLabels.isNavigationLink("» Zurück zur Übersicht"));
    }

    @Test
    void aParagraphThatOnlyStartsWithALabelWordIsNoLabel() {
        String paragraph = "Anzeige gegen den Bürgermeister: Die Staatsanwaltschaft prüft die Vorwürfe seit Mittwoch.";

        assertFalse(RelatedLabels.isAdvertLabel(paragraph));
        assertFalse(RelatedLabels.isRelatedLabel("Mehr zum Thema " + "Schienenausbau ".repeat(10)));
        assertFalse(RelatedLabels.isNavigationLink("Zurück zu den Anfängen: " + "wie alles begann ".repeat(5)));
    }
}
