package de.presseschau.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
            StoryProfile first = similarity.profile(pair.first());
            StoryProfile second = similarity.profile(pair.second());
            double value = similarity.similarity(first, second);
            boolean isSame = StorySimilarity.isSameStory(first, second, value);
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
        return JsonLines.read(file, row -> {
            JsonNode overall = row.path("scores").path("overall");
            if (!row.hasNonNull("pair_id") || !overall.isNumber()) {
                throw new IllegalArgumentException("\"pair_id\" oder \"scores.overall\" fehlt");
            }
            return new StoryPair(row.get("pair_id").asText(),
                    new StoryText(row.path("title1").asText(""), row.path("text1").asText("")),
                    new StoryText(row.path("title2").asText(""), row.path("text2").asText("")),
                    overall.asDouble());
        });
    }
}
