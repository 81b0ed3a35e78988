package de.presseschau.topics;

import java.util.List;

/** One weight vector and bias per label; a text's label is the one whose score is highest. */
record LinearModel(List<String> labels, float[][] weights, float[] bias) {

    double[] scores(SparseVector x) {
        double[] scores = new double[labels.size()];
        for (int c = 0; c < scores.length; c++) {
            scores[c] = x.dot(weights[c]) + bias[c];
        }
        return scores;
    }

    long approximateBytes() {
        return 4L * weights.length * (weights.length == 0 ? 0 : weights[0].length) + 4L * bias.length;
    }
}
