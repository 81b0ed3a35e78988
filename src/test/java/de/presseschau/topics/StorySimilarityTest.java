package de.presseschau.topics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorySimilarityTest {

    private static final StoryText ZOO_FIRE = new StoryText(
            "Affenhaus im Krefelder Zoo abgebrannt, alle Tiere tot",
            "In der Silvesternacht ist das Affenhaus des Krefelder Zoos vollständig niedergebrannt. Mehr als 30 Tiere, "
                    + "darunter Orang-Utans und Gorillas, kamen in den Flammen um. Die Polizei vermutet, dass Himmelslaternen "
                    + "den Brand ausgelöst haben. Der Zoodirektor sprach von einer Katastrophe.");
    private static final StoryText ZOO_FIRE_RETOLD = new StoryText(
            "Krefeld: Verdächtige stellen sich nach Brand im Zoo der Polizei",
            "Nach dem verheerenden Feuer im Affenhaus des Krefelder Zoos haben sich drei Frauen bei der Polizei gemeldet. "
                    + "Sie sollen in der Neujahrsnacht Himmelslaternen steigen lassen haben. Bei dem Brand starben Orang-Utans, "
                    + "Gorillas und weitere Affen. Der Zoo bleibt vorerst geschlossen.");
    private static final StoryText BUDGET = new StoryText(
            "Bundestag beschließt den Haushalt für das kommende Jahr",
            "Der Bundestag hat den Haushalt mit den Stimmen der Koalition verabschiedet. Die Opposition kritisierte die "
                    + "neuen Schulden. Der Finanzminister verteidigte die Ausgaben für Bildung und Verteidigung.");
    private static final StoryText FOOTBALL = new StoryText(
            "Bayern gewinnt das Spitzenspiel gegen Dortmund",
            "Der FC Bayern hat das Spitzenspiel der Bundesliga gegen Borussia Dortmund gewonnen. Die Tore fielen in der "
                    + "zweiten Halbzeit. Der Trainer lobte die Mannschaft für ihre Geduld.");
    private static final StoryText WEATHER = new StoryText(
            "Sturmtief bringt Regen und Schnee nach Norddeutschland",
            "Ein Sturmtief zieht am Wochenende über Norddeutschland. Der Wetterdienst warnt vor Orkanböen an der Küste "
                    + "und Schnee in den Mittelgebirgen. Die Polizei rät, Wälder zu meiden.");

    private final GermanAnalysis analysis = new GermanAnalysis();

    @Test
    void twoReportsOfOneEventInDifferentWordsAreOneStoryAndScoreAboveUnrelatedArticles() {
        StorySimilarity similarity = StorySimilarity.of(analysis, List.of(ZOO_FIRE, ZOO_FIRE_RETOLD, BUDGET, FOOTBALL, WEATHER));

        double sameEvent = similarity.similarity(ZOO_FIRE, ZOO_FIRE_RETOLD);

        for (StoryText other : List.of(BUDGET, FOOTBALL, WEATHER)) {
            double unrelated = similarity.similarity(ZOO_FIRE, other);
            assertTrue(sameEvent > unrelated + 0.2, sameEvent + " against " + unrelated + " for " + other.title());
            assertFalse(StorySimilarity.isSameStory(unrelated), other.title());
        }
        assertTrue(StorySimilarity.isSameStory(sameEvent), "same event: " + sameEvent);
    }

    @Test
    void umlautsAndSharpSWrittenOutInAsciiMatchTheirGermanSpelling() {
        StoryText german = new StoryText("Überschwemmung in Köln: Straße am Rhein gesperrt",
                "Nach tagelangem Regen ist die Straße am Rheinufer überflutet; die Feuerwehr räumt Keller.");
        StoryText ascii = new StoryText("Ueberschwemmung in Koeln: Strasse am Rhein gesperrt",
                "Nach tagelangem Regen ist die Strasse am Rheinufer ueberflutet; die Feuerwehr raeumt Keller.");
        StorySimilarity similarity = StorySimilarity.of(analysis, List.of(german, ascii, BUDGET, FOOTBALL));

        assertEquals(1.0, similarity.similarity(german, ascii), 1e-6);
    }

    @Test
    void aCompoundMeetsTheWordItEndsWith() {
        StoryText compound = new StoryText("Bundesregierung beschließt Klimapaket", "");
        StoryText part = new StoryText("Regierung streitet über Klimapaket", "");
        StoryText partAgain = new StoryText("Regierung in Wien tritt zurück", "");
        StorySimilarity similarity = StorySimilarity.of(analysis, List.of(compound, part, partAgain, BUDGET));

        // Both share "klimapaket"; "bundesregierung" adds its part "regierung", so the compound one scores higher.
        StoryText compoundWithoutPart = new StoryText("Bundesamt beschließt Klimapaket", "");
        assertTrue(similarity.similarity(compound, part) > similarity.similarity(compoundWithoutPart, part));
    }

    @Test
    void articlesWithoutACommonWordHaveSimilarityZero() {
        StorySimilarity similarity = StorySimilarity.of(analysis, List.of(BUDGET, WEATHER));

        assertEquals(0.0, similarity.similarity(BUDGET, new StoryText("", "")));
        assertEquals(0.0, similarity.similarity(new StoryText("Tennis in Wimbledon", ""), new StoryText("Oper in Mailand", "")));
    }
}
