package de.presseschau.topics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreCalibrationTest {

    private static int best(double[] values) {
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]) {
                best = c;
            }
        }
        return best;
    }

    @Test
    void learnsThatOneLabelsSvmScoresTooHigh() {
        // Held-out scores where label 0's SVM also rises for label 1's texts and outscores label 1's own SVM.
        List<double[]> scores = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double jitter = (i % 5) * 0.05;
            scores.add(new double[] {0.8 + jitter, -0.6, -0.7});
            truth.add(0);
            scores.add(new double[] {0.3 + jitter, 0.1 + jitter, -0.6});
            truth.add(1);
            scores.add(new double[] {-0.6, -0.5, 0.7 - jitter});
            truth.add(2);
        }
        double[] unseen = {0.35, 0.12, -0.6};

        ScoreCalibration uncalibrated = ScoreCalibration.uncalibrated(3);
        ScoreCalibration calibration = ScoreCalibration.fit(scores.toArray(double[][]::new),
                truth.stream().mapToInt(Integer::intValue).toArray(), 3);

        assertEquals(0, best(uncalibrated.probabilities(unseen)));
        assertEquals(1, best(calibration.probabilities(unseen)));
        assertEquals(0, best(calibration.probabilities(new double[] {0.9, -0.6, -0.7})));
        assertEquals(2, best(calibration.probabilities(new double[] {-0.6, -0.5, 0.6})));
    }

    @Test
    void probabilitiesSumToOneAndFollowTheScoresBeforeAnyFit() {
        double[] p = ScoreCalibration.uncalibrated(3).probabilities(new double[] {0.5, -0.2, -0.9});

        assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
        assertTrue(p[0] > p[1] && p[1] > p[2], p[0] + " " + p[1] + " " + p[2]);
        // A softmax of the scores times the sharpness: a score 0.7 higher is exp(0.7 * 5) times as likely.
        assertEquals(Math.exp(0.7 * ScoreCalibration.SHARPNESS), p[0] / p[1], 1e-6);
    }
}
