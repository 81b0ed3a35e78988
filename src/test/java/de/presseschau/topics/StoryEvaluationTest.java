package de.presseschau.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryEvaluationTest {

    private static final String FIRE = "Feuer im Krefelder Zoo: das Affenhaus brannte in der Silvesternacht nieder";
    private static final String BUDGET = "Der Bundestag verabschiedet den Haushalt mit neuen Schulden";
    private static final String FOOTBALL = "Bayern gewinnt gegen Dortmund in der Bundesliga";

    @TempDir
    Path dir;

    @Test
    void printsOneLinePerPairAndTheScoresOfKnownPairsAsTheLastLine() throws IOException {
        Path file = dir.resolve("pairs.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            // The same text twice (similarity 1), texts without a common word (0), and a middle-band pair that
            // is one story by the similarity but left out of F1 (1 < overall < 3).
            out.write((pair("a_b", FIRE, FIRE, 1.0) + pair("c_d", BUDGET, FOOTBALL, 4.0) + "\n"
                    + pair("e_f", BUDGET, BUDGET, 2.5)).getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        StoryScores scores = new StoryEvaluation(new GermanAnalysis()).run(file, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(4, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertEquals("a_b", first.get("pair_id").asText());
        assertEquals(1.0, first.get("similarity").asDouble(), 1e-4);
        assertTrue(first.get("sameStory").asBoolean());
        JsonNode second = json.readTree(lines[1]);
        assertEquals(0.0, second.get("similarity").asDouble());
        assertFalse(second.get("sameStory").asBoolean());
        // Similarities (1, 0, 1) against -overall (-1, -4, -2.5): r = 1.5 / sqrt(2/3 * 4.5) = 0.8660.
        assertEquals("{\"pearson\":0.8660,\"f1\":1.0000,\"precision\":1.0000,\"recall\":1.0000}", lines[3]);
        assertEquals(0.8660, scores.pearson(), 1e-4);
    }

    @Test
    void aMissedSameStoryPairAndAWrongMergeCountInPrecisionAndRecall() {
        StoryScores scores = StoryScores.of(
                java.util.List.of(0.9, 0.1, 0.8, 0.2),
                java.util.List.of(true, false, true, false),
                java.util.List.of(1.0, 1.5, 3.0, 4.0));

        assertEquals(0.5, scores.precision());
        assertEquals(0.5, scores.recall());
        assertEquals(0.5, scores.f1());
    }

    @Test
    void aPairWithoutOverallScoreIsReportedWithItsLineNumber() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, pair("a_b", FIRE, FIRE, 1.0) + "{\"pair_id\":\"c_d\",\"title1\":\"x\",\"scores\":{}}\n");

        IOException e = assertThrows(IOException.class, () -> new StoryEvaluation(new GermanAnalysis()).read(file));
        assertTrue(e.getMessage().contains("Zeile 2"), e.getMessage());
    }

    private static String pair(String id, String first, String second, double overall) {
        return "{\"pair_id\":\"" + id + "\",\"title1\":\"" + first + "\",\"text1\":\"" + first + "\",\"title2\":\""
                + second + "\",\"text2\":\"" + second + "\",\"scores\":{\"overall\":" + overall + ",\"time\":1.0}}\n";
    }
}
