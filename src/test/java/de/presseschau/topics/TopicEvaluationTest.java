package de.presseschau.topics;

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void crossValidatesAGzippedFileAndPrintsTheScoresAsTheLastLine() throws IOException {
        Path file = dir.resolve("topics.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            // Each text twice, so every fold's test text has its twin in training.
            for (int copy = 0; copy < 2; copy++) {
                for (LabeledText example : TextClassifierTest.examples()) {
                    out.write(("{\"text\":\"" + example.text() + "\",\"label\":\"" + example.label() + "\"}\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Scores scores = new TopicEvaluation(new GermanAnalysis()).run(file, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1.0, scores.accuracy());
        assertEquals("{\"accuracy\":1.0000,\"macroF1\":1.0000}", lines[lines.length - 1]);
        assertTrue(lines[0].startsWith("Fold 1: 19 Texte trainiert"), lines[0]);
    }

    @Test
    void aRowWithoutLabelIsReportedWithItsLineNumber() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"text\":\"a\",\"label\":\"x\"}\n{\"text\":\"b\"}\n");

        IOException e = assertThrows(IOException.class, () -> TopicEvaluation.read(file));
        assertTrue(e.getMessage().contains("Zeile 2"), e.getMessage());
    }
}
