package de.presseschau.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A text classifier trained from labelled texts: German analysis, TF-IDF over words and compound parts, a linear
 * SVM per label, and a calibration that turns the SVMs' scores into probabilities. Immutable once trained, so one
 * model can answer many threads while the next one trains.
 */
public final class TextClassifier {

    /**
     * The calibration learns from scores of texts held out of SVMs trained on the rest, in this many parts. Three
     * cost the least training and classified as well as four or five on 10kGNAD.
     */
    static final int CALIBRATION_FOLDS = 3;

    private final GermanAnalysis analysis;
    private final TermSvm svm;
    private final ScoreCalibration calibration;

    private TextClassifier(GermanAnalysis analysis, TermSvm svm, ScoreCalibration calibration) {
        this.analysis = analysis;
        this.svm = svm;
        this.calibration = calibration;
    }

    /** Trains on the texts; needs at least two labels. */
    public static TextClassifier train(GermanAnalysis analysis, List<LabeledText> examples) {
        return trainOnTerms(analysis, examples.stream().map(e -> analysis.terms(e.text())).toList(),
                examples.stream().map(LabeledText::label).toList());
    }

    /** Trains on texts already analysed with {@code analysis}, so cross-validation analyses each text once. */
    static TextClassifier trainOnTerms(GermanAnalysis analysis, List<List<String>> texts, List<String> labels) {
        List<String> labelSet = new ArrayList<>(new TreeSet<>(labels));
        if (labelSet.size() < 2) {
            throw new IllegalArgumentException("A classifier needs texts of at least two labels, got " + labelSet);
        }
        int[] ys = labels.stream().mapToInt(labelSet::indexOf).toArray();
        TermSvm svm = TermSvm.train(texts, ys, labelSet);
        ScoreCalibration calibration = canCalibrate(ys, labelSet.size())
                ? ScoreCalibration.fit(heldOutScores(texts, ys, labelSet), ys, labelSet.size())
                : ScoreCalibration.uncalibrated(labelSet.size());
        return new TextClassifier(analysis, svm, calibration);
    }

    /** Every label needs a text in each part, or a part's SVMs would not know the label at all. */
    private static boolean canCalibrate(int[] ys, int labels) {
        int[] counts = new int[labels];
        for (int y : ys) {
            counts[y]++;
        }
        return Arrays.stream(counts).allMatch(count -> count >= CALIBRATION_FOLDS);
    }

    /** Each text's scores from SVMs trained without it: each label's texts dealt in turn to the parts. */
    private static double[][] heldOutScores(List<List<String>> texts, int[] ys, List<String> labels) {
        int[] part = new int[texts.size()];
        Map<Integer, Integer> dealtPerLabel = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            part[i] = dealtPerLabel.merge(ys[i], 1, Integer::sum) % CALIBRATION_FOLDS;
        }
        double[][] scores = new double[texts.size()][];
        for (int p = 0; p < CALIBRATION_FOLDS; p++) {
            List<List<String>> trainTexts = new ArrayList<>();
            List<Integer> trainYs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (part[i] != p) {
                    trainTexts.add(texts.get(i));
                    trainYs.add(ys[i]);
                }
            }
            TermSvm partSvm = TermSvm.train(trainTexts, trainYs.stream().mapToInt(Integer::intValue).toArray(), labels);
            for (int i = 0; i < texts.size(); i++) {
                if (part[i] == p) {
                    scores[i] = partSvm.scores(texts.get(i));
                }
            }
        }
        return scores;
    }

    public Prediction predict(String text) {
        return predictTerms(analysis.terms(text));
    }

    Prediction predictTerms(List<String> terms) {
        double[] probabilities = calibration.probabilities(svm.scores(terms));
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return new Prediction(labels().get(best), probabilities[best]);
    }

    public List<String> labels() {
        return svm.model().labels();
    }

    /** Bytes the trained model holds in memory, roughly. */
    public long approximateBytes() {
        return svm.approximateBytes() + calibration.approximateBytes();
    }
}
