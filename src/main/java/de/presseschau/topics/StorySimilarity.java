package de.presseschau.topics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How alike two articles are as reports of one event, from 0 to 1, and the same-story decision: TF-IDF cosines of
 * the whole articles and of their openings, with document frequencies from the articles being grouped.
 */
public final class StorySimilarity {

    /**
     * Pairs at or above this are one story. Chosen for few wrong merges (a wrong merge hides an article, a missed
     * one only shows it twice): on the SemEval-2022 German pairs precision 0.96 and recall 0.90, where the best F1
     * would lie near 0.49.
     */
    public static final double SAME_STORY = 0.53;

    /** Two reports of one event agree most in their openings; their cosine gets this share of the similarity. */
    static final double LEAD_SHARE = 0.3;

    /** The opening: about the first two paragraphs. */
    static final int LEAD_CHARS = 800;

    /** A word must appear in this many articles to count as a part of compounds ("regierung" in "bundesregierung"). */
    private static final int MIN_ARTICLES_FOR_PART = 2;

    private final StoryTerms terms;
    private final Map<String, Integer> documentFrequency;
    private final int documents;
    private final CompoundSplitter compounds;

    private StorySimilarity(StoryTerms terms, Map<String, Integer> documentFrequency, int documents, CompoundSplitter compounds) {
        this.terms = terms;
        this.documentFrequency = documentFrequency;
        this.documents = documents;
        this.compounds = compounds;
    }

    /** Learns which terms are common, and which words make up compounds, from the articles that will be compared. */
    public static StorySimilarity of(GermanAnalysis analysis, List<StoryText> articles) {
        StoryTerms terms = new StoryTerms(analysis);
        List<Set<String>> termSets = articles.stream().map(a -> terms.weights(a).keySet()).toList();
        Map<String, Integer> wordFrequency = new HashMap<>();
        for (Set<String> set : termSets) {
            set.forEach(term -> wordFrequency.merge(term, 1, Integer::sum));
        }
        Set<String> knownWords = new HashSet<>();
        wordFrequency.forEach((word, count) -> {
            if (count >= MIN_ARTICLES_FOR_PART && word.length() >= CompoundSplitter.MIN_PART) {
                knownWords.add(word);
            }
        });
        CompoundSplitter compounds = new CompoundSplitter(knownWords);
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Set<String> set : termSets) {
            Set<String> features = new HashSet<>(set);
            for (String term : set) {
                features.addAll(compounds.parts(term));
            }
            features.forEach(feature -> documentFrequency.merge(feature, 1, Integer::sum));
        }
        return new StorySimilarity(terms, documentFrequency, articles.size(), compounds);
    }

    /** The article's vectors, to compare it with many others. */
    public StoryProfile profile(StoryText article) {
        String text = article.text();
        String opening = text.length() <= LEAD_CHARS ? text : text.substring(0, LEAD_CHARS);
        return new StoryProfile(vector(article), vector(new StoryText(article.title(), opening)));
    }

    public double similarity(StoryText a, StoryText b) {
        return similarity(profile(a), profile(b));
    }

    /**
     * The mixed cosine's square root: cosines of long texts crowd near 0, and the root spreads them so that the
     * value rises about evenly with people's 4-step judgement (Pearson 0.864 against 0.854 without).
     */
    public double similarity(StoryProfile a, StoryProfile b) {
        double cosine = (1 - LEAD_SHARE) * a.whole().cosine(b.whole()) + LEAD_SHARE * a.lead().cosine(b.lead());
        return Math.sqrt(Math.max(0, cosine));
    }

    /** Whether two articles with this similarity report the same story. */
    public static boolean isSameStory(double similarity) {
        return similarity >= SAME_STORY;
    }

    private StoryVector vector(StoryText article) {
        Map<String, Double> features = new HashMap<>();
        terms.weights(article).forEach((term, weight) -> {
            features.merge(term, weight, Double::sum);
            for (String part : compounds.parts(term)) {
                features.merge(part, weight, Double::sum);
            }
        });
        Map<String, Double> values = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            // Sublinear: the tenth "Polizei" says less than the first.
            double value = (1 + Math.log(feature.getValue())) * idf(feature.getKey());
            values.put(feature.getKey(), value);
            norm += value * value;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        values.replaceAll((feature, value) -> value * scale);
        return new StoryVector(values);
    }

    private double idf(String feature) {
        // Smoothed, as if one extra article held every term; a term unseen among the articles counts as rare.
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(feature, 0))) + 1.0;
    }
}
