package de.presseschau.topics;


import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The {@code topic-eval} command: 5-fold stratified cross-validation of {@link TextClassifier} on a
 * {@code .jsonl(.gz)} file with {@code text} and {@code label}, printing per-fold cost and the scores as JSON last.
 */
public final class TopicEvaluation {

    private static final int FOLDS = 5;
    /** The split the README's figures use; fixed, so every run splits the same way and figures can be compared. */
    public static final long DEFAULT_SEED = 42;

    private final GermanAnalysis analysis;
    // Other seeds give other splits: a change is judged by its mean over several, as one split's noise is about 0.005.
    private final long foldSeed;

    public TopicEvaluation(GermanAnalysis analysis) {
        this(analysis, DEFAULT_SEED);
    }

    public TopicEvaluation(GermanAnalysis analysis, long foldSeed) {
        this.analysis = analysis;
        this.foldSeed = foldSeed;
    }

    /** Reads the file, cross-validates and prints; returns the scores. */
    public Scores run(Path file, PrintStream out) throws IOException {
        List<LabeledText> examples = read(file);
        List<List<String>> terms = examples.stream().map(e -> analysis.terms(e.text())).toList();
        int[] fold = stratifiedFolds(examples, foldSeed);
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        double confidenceSum = 0;
        for (int f = 0; f < FOLDS; f++) {
            List<List<String>> trainTerms = new ArrayList<>();
            List<String> trainLabels = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != f) {
                    trainTerms.add(terms.get(i));
                    trainLabels.add(examples.get(i).label());
                }
            }
            long start = System.nanoTime();
            TextClassifier classifier = TextClassifier.trainOnTerms(analysis, trainTerms, trainLabels);
            long trainMillis = (System.nanoTime() - start) / 1_000_000;
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == f) {
                    Prediction prediction = classifier.predictTerms(terms.get(i));
                    truth.add(examples.get(i).label());
                    predicted.add(prediction.label());
                    confidenceSum += prediction.confidence();
                }
            }
            out.printf(Locale.ROOT, "Fold %d: %d Texte trainiert in %d ms, Modell etwa %.1f MB%n",
                    f + 1, trainTerms.size(), trainMillis, classifier.approximateBytes() / 1e6);
        }
        Scores scores = Scores.of(truth, predicted);
        out.printf(Locale.ROOT, "Mittlere Konfidenz %.3f bei Trefferquote %.3f%n", confidenceSum / truth.size(), scores.accuracy());
        out.println(scores.toJson());
        return scores;
    }

    /** Each label spread evenly over the folds, in a fixed shuffled order. */
    private static int[] stratifiedFolds(List<LabeledText> examples, long seed) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byLabel.computeIfAbsent(examples.get(i).label(), k -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[examples.size()];
        Random random = new Random(seed);
        int next = 0;
        for (List<Integer> indices : byLabel.values()) {
            Collections.shuffle(indices, random);
            for (int i : indices) {
                fold[i] = next++ % FOLDS;
            }
        }
        return fold;
    }

    static List<LabeledText> read(Path file) throws IOException {
        return JsonLines.read(file, row -> {
            if (!row.hasNonNull("text") || !row.hasNonNull("label")) {
                throw new IllegalArgumentException("\"text\" und \"label\" fehlen");
            }
            return new LabeledText(row.get("text").asText(), row.get("label").asText());
        });
    }
}
