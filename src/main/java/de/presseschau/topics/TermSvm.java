package de.presseschau.topics;

import java.util.List;

/** The TF-IDF vocabulary learnt from some texts and the linear SVMs trained on them: a raw score per label. */
record TermSvm(TermVectorizer vectorizer, LinearModel model) {

    /** SVM cost; 0.5 and 2 classified no better on 10kGNAD. */
    private static final double COST = 1.0;

    /** Trains on analysed texts whose label is the index {@code ys[i]} into {@code labels}. */
    static TermSvm train(List<List<String>> texts, int[] ys, List<String> labels) {
        TermVectorizer vectorizer = TermVectorizer.fit(texts);
        List<SparseVector> xs = texts.stream().map(vectorizer::vector).toList();
        return new TermSvm(vectorizer, new SvmTrainer(COST).train(xs, ys, labels, vectorizer.size()));
    }

    double[] scores(List<String> terms) {
        return model.scores(vectorizer.vector(terms));
    }

    long approximateBytes() {
        return vectorizer.approximateBytes() + model.approximateBytes();
    }
}
