package de.presseschau.topics;

import de.presseschau.model.Section;
import de.presseschau.model.SectionAssignment;
import de.presseschau.model.SectionSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionSignalsTest {

    private final SectionSignals signals = new SectionSignals(new SectionNames());

    @Test
    void aFeedsTxtHeadingThatNamesASectionWinsOverCategoryAndUrl() {
        SectionAssignment decided = signals.decide(List.of("Wirtschaft"), List.of("Sport"),
                "https://www.example.de/kultur/ein-artikel.html").orElseThrow();

        assertEquals(new SectionAssignment(Section.WIRTSCHAFT, SectionSource.TOPIC, "Wirtschaft", 1), decided);
    }

    @Test
    void aHeadingThatIsNoSectionLeavesItToTheCategory() {
        SectionAssignment decided = signals.decide(List.of("Nachrichten"), List.of("Meldung", "Inland"),
                "https://www.example.de/sport/x.html").orElseThrow();

        assertEquals(Section.POLITIK, decided.section());
        assertEquals(SectionSource.CATEGORY, decided.source());
        assertEquals("aus Kategorie „Inland“", decided.reason());
    }

    @Test
    void theUrlPathDecidesWhenNothingElseDoes() {
        SectionAssignment decided = signals.decide(List.of("Allgemein"), List.of(),
                "https://www.tagesschau.de/wirtschaft/konjunktur/ifo-index-100.html").orElseThrow();

        assertEquals(Section.WIRTSCHAFT, decided.section());
        assertEquals("Ressort aus der URL (/wirtschaft/)", decided.reason());
    }

    @Test
    void categoriesAreReadWordByWordWithUmlautsFolded() {
        assertEquals(Optional.of(Section.SPORT), new SectionNames().fromLabel("Fußball-Bundesliga"));
        assertEquals(Optional.of(Section.WIRTSCHAFT), new SectionNames().fromLabel("Börse"));
    }

    @Test
    void theArticlesOwnSlugAndTheHostNeverNameASection() {
        assertTrue(signals.decide(List.of(), List.of(), "https://sport.example.de/artikel/sport").isEmpty());
        assertTrue(signals.decide(List.of(), List.of(), "https://www.example.de/2026/11/politikverdrossenheit.html").isEmpty());
        assertTrue(signals.decide(List.of(), List.of(), null).isEmpty());
    }
}
