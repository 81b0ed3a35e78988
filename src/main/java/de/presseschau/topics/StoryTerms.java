package de.presseschau.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted terms of one article for story matching: news puts the event first, so the analysed words of the
 * title count five times and those of the opening (about two paragraphs) twice.
 */
final class StoryTerms {

    static final double TITLE_WEIGHT = 5;
    static final double LEAD_WEIGHT = 2;
    static final int LEAD_TERMS = 60;

    private final GermanAnalysis analysis;

    StoryTerms(GermanAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Every analysed term (stem) with its summed weight. */
    Map<String, Double> weights(StoryText article) {
        Map<String, Double> weights = new HashMap<>();
        for (String term : analysis.terms(article.title())) {
            weights.merge(term, TITLE_WEIGHT, Double::sum);
        }
        List<String> body = analysis.terms(article.text());
        for (int i = 0; i < body.size(); i++) {
            weights.merge(body.get(i), i < LEAD_TERMS ? LEAD_WEIGHT : 1.0, Double::sum);
        }
        return weights;
    }
}
