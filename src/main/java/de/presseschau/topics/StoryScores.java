package de.presseschau.topics;

import java.util.List;
import java.util.Locale;

/**
 * How well similarities and same-story decisions agree with people's scores: Pearson against the negated score
 * over all pairs, and precision, recall and F1 of the decision on the clear pairs (score at most 1.5 is the same
 * story, at least 3 is not; the middle band is left out).
 */
public record StoryScores(double pearson, double f1, double precision, double recall) {

    static final double SAME_AT_MOST = 1.5;
    static final double DIFFERENT_AT_LEAST = 3.0;

    static StoryScores of(List<Double> similarities, List<Boolean> decisions, List<Double> overall) {
        int truePositive = 0;
        int falsePositive = 0;
        int falseNegative = 0;
        for (int i = 0; i < overall.size(); i++) {
            boolean isSame = overall.get(i) <= SAME_AT_MOST;
            boolean isDifferent = overall.get(i) >= DIFFERENT_AT_LEAST;
            if (!isSame && !isDifferent) {
                continue;
            }
            if (decisions.get(i) && isSame) {
                truePositive++;
            } else if (decisions.get(i)) {
                falsePositive++;
            } else if (isSame) {
                falseNegative++;
            }
        }
        double precision = truePositive + falsePositive == 0 ? 0 : (double) truePositive / (truePositive + falsePositive);
        double recall = truePositive + falseNegative == 0 ? 0 : (double) truePositive / (truePositive + falseNegative);
        double f1 = truePositive == 0 ? 0 : 2.0 * truePositive / (2.0 * truePositive + falsePositive + falseNegative);
        return new StoryScores(pearson(similarities, overall.stream().map(o -> -o).toList()), f1, precision, recall);
    }

    static double pearson(List<Double> x, List<Double> y) {
        int n = x.size();
        double meanX = x.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double meanY = y.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < n; i++) {
            double dx = x.get(i) - meanX;
            double dy = y.get(i) - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        return varianceX == 0 || varianceY == 0 ? 0 : covariance / Math.sqrt(varianceX * varianceY);
    }

    String toJson() {
        return String.format(Locale.ROOT, "{\"pearson\":%.4f,\"f1\":%.4f,\"precision\":%.4f,\"recall\":%.4f}",
                pearson, f1, precision, recall);
    }
}
