package de.presseschau.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExtractionScoresTest {

    @Test
    void shingleScoreIsPerfectForTheSameWordsWhateverThePunctuation() {
        ExtractionScores.ShingleScorer scorer = new ExtractionScores.ShingleScorer();
        scorer.add("Der Zug fährt um acht Uhr ab.", "Der Zug – fährt um acht Uhr ab!");

        assertEquals(1.0, scorer.score().f1(), 1e-9);
    }

    @Test
    void shingleScoreCountsExtraWordsAgainstPrecisionOnly() {
        ExtractionScores.ShingleScorer scorer = new ExtractionScores.ShingleScorer();
        // Five words give two 4-word shingles; the prediction adds two more shingles that the truth lacks.
        scorer.add("eins zwei drei vier fünf", "eins zwei drei vier fünf sechs sieben");

        ExtractionScores.Score score = scorer.score();
        assertEquals(0.5, score.precision(), 1e-9);
        assertEquals(1.0, score.recall(), 1e-9);
    }

    @Test
    void snippetScoreFindsSnippetsAcrossLineBreaksAndCountsBoilerplateAsFalseAlarm() {
        ExtractionScores.SnippetScorer scorer = new ExtractionScores.SnippetScorer();
        scorer.add("Die Stadt\nbaut eine Brücke.\n\nMehr zum Thema", List.of("Die Stadt baut", "fehlt hier"),
                List.of("Mehr zum Thema", "Newsletter"));

        ExtractionScores.Score score = scorer.score();
        assertEquals(0.5, score.precision(), 1e-9);
        assertEquals(0.5, score.recall(), 1e-9);
    }
}
