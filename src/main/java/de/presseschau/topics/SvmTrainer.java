package de.presseschau.topics;

import java.util.List;
import java.util.Random;

/**
 * Trains a linear support vector machine per label against the rest (squared hinge loss) by dual coordinate
 * descent, the method of LIBLINEAR: exact, fast on sparse text and needs no learning rate.
 */
final class SvmTrainer {

    private static final int MAX_PASSES = 200;
    private static final double TOLERANCE = 0.01;

    private final double cost;

    SvmTrainer(double cost) {
        this.cost = cost;
    }

    LinearModel train(List<SparseVector> xs, int[] ys, List<String> labels, int features) {
        float[][] weights = new float[labels.size()][];
        float[] bias = new float[labels.size()];
        for (int c = 0; c < labels.size(); c++) {
            float[] w = new float[features];
            bias[c] = trainOne(xs, ys, c, w);
            weights[c] = w;
        }
        return new LinearModel(labels, weights, bias);
    }

    /** Fills {@code w} for "label c or not" and returns the bias, learnt as the weight of a constant feature 1. */
    private float trainOne(List<SparseVector> xs, int[] ys, int c, float[] w) {
        int n = xs.size();
        double diagonal = 1 / (2 * cost);
        double[] alpha = new double[n];
        double[] q = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            q[i] = xs.get(i).squaredNorm() + 1 + diagonal;
            order[i] = i;
        }
        double b = 0;
        Random random = new Random(c);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            shuffle(order, random);
            double maxGradient = Double.NEGATIVE_INFINITY;
            double minGradient = Double.POSITIVE_INFINITY;
            for (int i : order) {
                SparseVector x = xs.get(i);
                int y = ys[i] == c ? 1 : -1;
                double gradient = y * (x.dot(w) + b) - 1 + diagonal * alpha[i];
                double projected = alpha[i] == 0 ? Math.min(gradient, 0) : gradient;
                maxGradient = Math.max(maxGradient, projected);
                minGradient = Math.min(minGradient, projected);
                if (Math.abs(projected) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.max(old - gradient / q[i], 0);
                    double step = (alpha[i] - old) * y;
                    int[] indices = x.indices();
                    float[] values = x.values();
                    for (int k = 0; k < indices.length; k++) {
                        w[indices[k]] += (float) (step * values[k]);
                    }
                    b += step;
                }
            }
            if (maxGradient - minGradient < TOLERANCE) {
                break;
            }
        }
        return (float) b;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
