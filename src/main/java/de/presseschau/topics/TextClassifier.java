package de.presseschau.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A text classifier trained from labelled texts: German analysis, TF-IDF over words and compound parts, and a
 * linear SVM per label. Immutable once trained, so one model can answer many threads while the next one trains.
 */
public final class TextClassifier {

    /** Sharpness of the softmax that turns SVM scores into a confidence; SVM scores sit roughly between -1 and 1. */
    private static final double CONFIDENCE_SHARPNESS = 5.0;

    private final GermanAnalysis analysis;
    private final TermVectorizer vectorizer;
    private final LinearModel model;

    private TextClassifier(GermanAnalysis analysis, TermVectorizer vectorizer, LinearModel model) {
        this.analysis = analysis;
        this.vectorizer = vectorizer;
        this.model = model;
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
        TermVectorizer vectorizer = TermVectorizer.fit(texts);
        List<SparseVector> xs = texts.stream().map(vectorizer::vector).toList();
        int[] ys = labels.stream().mapToInt(labelSet::indexOf).toArray();
        LinearModel model = new SvmTrainer(1.0).train(xs, ys, labelSet, vectorizer.size());
        return new TextClassifier(analysis, vectorizer, model);
    }

    public Prediction predict(String text) {
        return predictTerms(analysis.terms(text));
    }

    Prediction predictTerms(List<String> terms) {
        double[] scores = model.scores(vectorizer.vector(terms));
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        double sum = 0;
        for (double score : scores) {
            sum += Math.exp(CONFIDENCE_SHARPNESS * (score - scores[best]));
        }
        return new Prediction(model.labels().get(best), 1 / sum);
    }

    public List<String> labels() {
        return model.labels();
    }

    /** Bytes the trained model holds in memory, roughly. */
    public long approximateBytes() {
        return vectorizer.approximateBytes() + model.approximateBytes();
    }
}
