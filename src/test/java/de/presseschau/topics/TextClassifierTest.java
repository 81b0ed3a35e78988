package de.presseschau.topics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextClassifierTest {

    private static final GermanAnalysis ANALYSIS = new GermanAnalysis();

    static List<LabeledText> examples() {
        List<LabeledText> examples = new ArrayList<>();
        String[] sport = {"Der Stürmer schoss in der Nachspielzeit das Siegtor für den Tabellenführer.",
                "Die Mannschaft verlor das Spiel im Stadion vor heimischem Publikum deutlich.",
                "Der Trainer stellte die Aufstellung um, der Torwart hielt einen Elfmeter.",
                "Im Finale der Meisterschaft gewann die Läuferin die Goldmedaille.",
                "Das Bundesligaspiel endete unentschieden, der Schiedsrichter zeigte zwei Rote Karten.",
                "Der Torwart und die Mannschaft feierten den Aufstieg mit den Fans."};
        String[] economy = {"Die Notenbank hob den Leitzins an, die Inflation bleibt hoch.",
                "Der Konzern meldete einen Gewinnrückgang im dritten Quartal, die Aktie fiel an der Börse.",
                "Die Unternehmen investieren weniger, die Konjunktur schwächelt und die Exporte sinken.",
                "Die Gewerkschaft fordert höhere Löhne, die Arbeitgeber verweisen auf die Kosten.",
                "Der Aktienkurs der Bank stieg nach der Übernahme des Versicherers kräftig.",
                "Sparer hoffen, dass der Leitzins bald wieder sinkt."};
        for (String text : sport) {
            examples.add(new LabeledText(text, "SPORT"));
        }
        for (String text : economy) {
            examples.add(new LabeledText(text, "WIRTSCHAFT"));
        }
        return examples;
    }

    @Test
    void sortsUnseenTextsByWhatItLearnt() {
        TextClassifier classifier = TextClassifier.train(ANALYSIS, examples());

        assertEquals("SPORT", classifier.predict("Der Torwart der Mannschaft parierte im Stadion zwei Schüsse.").label());
        assertEquals("WIRTSCHAFT", classifier.predict("Die Börse reagierte auf die Zinsen der Notenbank, die Aktien fielen.").label());
    }

    @Test
    void learnsFromThePartsOfCompounds() {
        TextClassifier classifier = TextClassifier.train(ANALYSIS, examples());

        // "Leitzinsentscheidung" and "Torwarttrainer" appear in no training text; their first parts appear in two each.
        assertEquals("WIRTSCHAFT", classifier.predict("Leitzinsentscheidung").label());
        assertEquals("SPORT", classifier.predict("Torwarttrainer").label());
    }

    @Test
    void confidenceIsAProbabilityThatIsHigherForClearTexts() {
        TextClassifier classifier = TextClassifier.train(ANALYSIS, examples());

        double clear = classifier.predict("Der Trainer lobte die Mannschaft nach dem Spiel im Stadion.").confidence();
        double vague = classifier.predict("Am Dienstag regnete es.").confidence();

        assertTrue(clear > vague, clear + " <= " + vague);
        assertTrue(clear <= 1 && vague >= 0.5, clear + " " + vague);
    }

    @Test
    void learnsFromTooFewTextsToCalibrateItsScores() {
        List<LabeledText> fewExamples = List.of(examples().get(0), examples().get(2), examples().get(6), examples().get(7));

        TextClassifier classifier = TextClassifier.train(ANALYSIS, fewExamples);

        assertEquals("SPORT", classifier.predict("Der Torwart parierte, der Stürmer schoss ein Tor.").label());
        assertEquals("WIRTSCHAFT", classifier.predict("Die Notenbank und die Inflation drückten die Aktie.").label());
    }

    @Test
    void needsTwoLabels() {
        assertThrows(IllegalArgumentException.class,
                () -> TextClassifier.train(ANALYSIS, List.of(new LabeledText("Tor", "SPORT"), new LabeledText("Sieg", "SPORT"))));
    }
}
