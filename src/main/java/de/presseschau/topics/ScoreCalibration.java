package de.presseschau.topics;

import java.util.Arrays;

/**
 * Turns the SVMs' scores into label probabilities: a multinomial logistic regression over all labels' scores,
 * fitted on scores of texts the SVMs had not seen, so it learns how far each label's SVM can be trusted and which
 * labels are taken for which (a high "Inland" score also speaks for "Panorama").
 */
final class ScoreCalibration {

    /** Starting point and what the fit is pulled back to: a softmax of the scores, which sit roughly in -1..1. */
    static final double SHARPNESS = 5.0;
    /** Pull towards that starting point; 0.003 and 0.03 classified a little worse on 10kGNAD (see README). */
    private static final double REGULARISATION = 0.01;
    private static final int MAX_STEPS = 2_000;
    private static final double TOLERANCE = 1e-5;

    /** Per label: one weight per label's score, then the bias. */
    private final double[][] weights;

    private ScoreCalibration(double[][] weights) {
        this.weights = weights;
    }

    /** The softmax of the raw scores, for when there are too few texts to learn more. */
    static ScoreCalibration uncalibrated(int labels) {
        return new ScoreCalibration(start(labels));
    }

    /**
     * Fits the regression to held-out scores ({@code scores[i][label]}) and their true labels by Nesterov's
     * accelerated gradient descent, which the pull towards the start makes converge in a few hundred steps.
     */
    static ScoreCalibration fit(double[][] scores, int[] truth, int labels) {
        double[][] start = start(labels);
        double[][] weights = start(labels);
        double[][] previous = start(labels);
        double[][] ahead = start(labels);
        double[][] gradient = new double[labels][labels + 1];
        // Step 1/L for the Lipschitz constant L of the gradient: at most half the largest squared input, plus the pull.
        double largest = 1;
        for (double[] row : scores) {
            double squared = 1;
            for (double score : row) {
                squared += score * score;
            }
            largest = Math.max(largest, squared);
        }
        double lipschitz = 0.5 * largest + REGULARISATION;
        double root = Math.sqrt(REGULARISATION / lipschitz);
        double momentum = (1 - root) / (1 + root);
        for (int step = 0; step < MAX_STEPS; step++) {
            for (int c = 0; c < labels; c++) {
                for (int k = 0; k <= labels; k++) {
                    ahead[c][k] = weights[c][k] + momentum * (weights[c][k] - previous[c][k]);
                }
            }
            double largestGradient = gradient(ahead, start, scores, truth, gradient);
            if (largestGradient < TOLERANCE) {
                return new ScoreCalibration(ahead);
            }
            for (int c = 0; c < labels; c++) {
                previous[c] = weights[c].clone();
                for (int k = 0; k <= labels; k++) {
                    weights[c][k] = ahead[c][k] - gradient[c][k] / lipschitz;
                }
            }
        }
        return new ScoreCalibration(weights);
    }

    /** Fills {@code gradient} with the mean log-loss gradient plus the pull, and returns its largest entry. */
    private static double gradient(double[][] weights, double[][] start, double[][] scores, int[] truth, double[][] gradient) {
        int labels = weights.length;
        for (double[] row : gradient) {
            Arrays.fill(row, 0);
        }
        for (int i = 0; i < scores.length; i++) {
            double[] p = probabilities(weights, scores[i]);
            for (int c = 0; c < labels; c++) {
                double error = p[c] - (truth[i] == c ? 1 : 0);
                for (int k = 0; k < labels; k++) {
                    gradient[c][k] += error * scores[i][k];
                }
                gradient[c][labels] += error;
            }
        }
        double largest = 0;
        for (int c = 0; c < labels; c++) {
            for (int k = 0; k <= labels; k++) {
                gradient[c][k] = gradient[c][k] / scores.length + REGULARISATION * (weights[c][k] - start[c][k]);
                largest = Math.max(largest, Math.abs(gradient[c][k]));
            }
        }
        return largest;
    }

    /** Each label's probability given all labels' raw scores. */
    double[] probabilities(double[] scores) {
        return probabilities(weights, scores);
    }

    private static double[] probabilities(double[][] weights, double[] scores) {
        int labels = weights.length;
        double[] p = new double[labels];
        double largest = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < labels; c++) {
            double z = weights[c][labels];
            for (int k = 0; k < labels; k++) {
                z += weights[c][k] * scores[k];
            }
            p[c] = z;
            largest = Math.max(largest, z);
        }
        double sum = 0;
        for (int c = 0; c < labels; c++) {
            p[c] = Math.exp(p[c] - largest);
            sum += p[c];
        }
        for (int c = 0; c < labels; c++) {
            p[c] /= sum;
        }
        return p;
    }

    private static double[][] start(int labels) {
        double[][] weights = new double[labels][labels + 1];
        for (int c = 0; c < labels; c++) {
            weights[c][c] = SHARPNESS;
        }
        return weights;
    }

    long approximateBytes() {
        return 8L * weights.length * (weights.length + 1);
    }
}
