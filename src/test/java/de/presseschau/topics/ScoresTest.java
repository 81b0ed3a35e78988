package de.presseschau.topics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoresTest {

    @Test
    void macroF1AveragesTheF1OfEveryLabel() {
        Scores scores = Scores.of(List.of("a", "a", "b", "b"), List.of("a", "b", "b", "b"));

        assertEquals(0.75, scores.accuracy(), 1e-9);
        // a: precision 1, recall 0.5 -> 2/3; b: precision 2/3, recall 1 -> 0.8.
        assertEquals((2.0 / 3 + 0.8) / 2, scores.macroF1(), 1e-9);
    }
}
