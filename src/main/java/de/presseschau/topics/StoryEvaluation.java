package de.presseschau.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The {@code story-eval} command: scores pairs of articles with {@link StorySimilarity}, document frequencies
 * taken from all articles of the file as a clustering takes them from its window, and prints per pair and in all.
 */
public final class StoryEvaluation {

    private final GermanAnalysis analysis;
    private final ObjectMapper json = new ObjectMapper();

    public StoryEvaluation(GermanAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Reads the file, prints one JSON line per pair and the scores as the last line; returns the scores. */
    public StoryScores run(Path file, PrintStream out) throws IOException {
        List<StoryPair> pairs = read(file);
        Set<StoryText> articles = new LinkedHashSet<>();
        for (StoryPair pair : pairs) {
            articles.add(pair.first());
            articles.add(pair.second());
        }
        StorySimilarity similarity = StorySimilarity.of(analysis, List.copyOf(articles));
        List<Double> similarities = new ArrayList<>();
        List<Boolean> decisions = new ArrayList<>();
        List<Double> overall = new ArrayList<>();
        for (StoryPair pair : pairs) {
            double value = similarity.similarity(pair.first(), pair.second());
            boolean isSame = StorySimilarity.isSameStory(value);
            similarities.add(value);
            decisions.add(isSame);
            overall.add(pair.overall());
            var line = json.createObjectNode();
            line.put("pair_id", pair.id());
            line.put("similarity", Math.round(value * 10_000) / 10_000.0);
            line.put("sameStory", isSame);
            out.println(json.writeValueAsString(line));
        }
        StoryScores scores = StoryScores.of(similarities, decisions, overall);
        out.println(scores.toJson());
        return scores;
    }

    List<StoryPair> read(Path file) throws IOException {
        List<StoryPair> pairs = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                JsonNode overall = row.path("scores").path("overall");
                if (!row.hasNonNull("pair_id") || !overall.isNumber()) {
                    throw new IOException(file + ", Zeile " + lineNumber + ": \"pair_id\" oder \"scores.overall\" fehlt");
                }
                pairs.add(new StoryPair(row.get("pair_id").asText(),
                        new StoryText(row.path("title1").asText(""), row.path("text1").asText("")),
                        new StoryText(row.path("title2").asText(""), row.path("text2").asText("")),
                        overall.asDouble()));
            }
        }
        return pairs;
    }
}
