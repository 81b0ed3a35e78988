package de.presseschau.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The two corpora's metrics, computed as their Python scorers do: word 4-gram F1 and with/without snippet F1. */
final class ExtractionScores {

    /** Python's {@code \w+} on str: letters, digits and the underscore. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;
    /** Python's {@code str.split()} splits at Unicode whitespace, the no-break space included. */
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    /** Precision, recall and F1 of one corpus. */
    record Score(double precision, double recall, double f1) {

        static Score of(double precision, double recall) {
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Score(precision, recall, f1);
        }
    }

    /** Accumulates pages of the extraction benchmark: page precisions and recalls are averaged, F1 taken of the means. */
    static final class ShingleScorer {
        private double precisionSum;
        private int precisionPages;
        private double recallSum;
        private int recallPages;

        void add(String truth, String predicted) {
            Map<List<String>, Integer> expected = shingles(truth);
            Map<List<String>, Integer> found = shingles(predicted);
            int truePositives = 0;
            for (Map.Entry<List<String>, Integer> entry : found.entrySet()) {
                truePositives += Math.min(entry.getValue(), expected.getOrDefault(entry.getKey(), 0));
            }
            int foundTotal = found.values().stream().mapToInt(Integer::intValue).sum();
            int expectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();
            if (foundTotal > 0) {
                precisionSum += (double) truePositives / foundTotal;
                precisionPages++;
            }
            if (expectedTotal > 0) {
                recallSum += (double) truePositives / expectedTotal;
                recallPages++;
            }
        }

        Score score() {
            return Score.of(precisionPages == 0 ? 0 : precisionSum / precisionPages,
                    recallPages == 0 ? 0 : recallSum / recallPages);
        }

        private static Map<List<String>, Integer> shingles(String text) {
            List<String> words = WORD.matcher(text == null ? "" : text).results().map(m -> m.group()).toList();
            Map<List<String>, Integer> counts = new HashMap<>();
            if (words.isEmpty()) {
                return counts;
            }
            if (words.size() < SHINGLE) {
                counts.put(words, 1);
                return counts;
            }
            for (int i = 0; i + SHINGLE <= words.size(); i++) {
                counts.merge(words.subList(i, i + SHINGLE), 1, Integer::sum);
            }
            return counts;
        }
    }

    /** Accumulates German pages: a wanted snippet found is a hit, an unwanted one found a false alarm. */
    static final class SnippetScorer {
        private int truePositives;
        private int falseNegatives;
        private int falsePositives;

        void add(String predicted, List<String> wanted, List<String> unwanted) {
            String text = normalize(predicted);
            for (String snippet : wanted) {
                if (text.contains(normalize(snippet))) {
                    truePositives++;
                } else {
                    falseNegatives++;
                }
            }
            for (String snippet : unwanted) {
                if (text.contains(normalize(snippet))) {
                    falsePositives++;
                }
            }
        }

        Score score() {
            double precision = truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
            double recall = truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
            return Score.of(precision, recall);
        }

        /** Whitespace runs become one space, as the scorer's {@code " ".join(s.split())}. */
        private static String normalize(String text) {
            return SPACES.matcher(text == null ? "" : text.strip()).replaceAll(" ");
        }
    }

    private ExtractionScores() {
    }
}
