package de.presseschau.topics;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Accuracy and macro-averaged F1 of predicted against true labels. */
public record Scores(double accuracy, double macroF1) {

    static Scores of(List<String> truth, List<String> predicted) {
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (truth.get(i).equals(predicted.get(i))) {
                correct++;
            }
        }
        double f1Sum = 0;
        TreeSet<String> labels = new TreeSet<>(truth);
        for (String label : labels) {
            int truePositive = 0;
            int falsePositive = 0;
            int falseNegative = 0;
            for (int i = 0; i < truth.size(); i++) {
                boolean isLabel = truth.get(i).equals(label);
                boolean saidLabel = predicted.get(i).equals(label);
                if (isLabel && saidLabel) {
                    truePositive++;
                } else if (saidLabel) {
                    falsePositive++;
                } else if (isLabel) {
                    falseNegative++;
                }
            }
            f1Sum += truePositive == 0 ? 0 : 2.0 * truePositive / (2.0 * truePositive + falsePositive + falseNegative);
        }
        return new Scores(truth.isEmpty() ? 0 : (double) correct / truth.size(), labels.isEmpty() ? 0 : f1Sum / labels.size());
    }

    String toJson() {
        return String.format(Locale.ROOT, "{\"accuracy\":%.4f,\"macroF1\":%.4f}", accuracy, macroF1);
    }
}
