package de.presseschau.topics;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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

    /** Fewer terms in common than this are a coincidence of wording, however rare the terms. */
    static final int MIN_SHARED_TERMS = 4;

    /** Two reports of one event agree most in their openings; their cosine gets this share of the similarity. */
    static final double LEAD_SHARE = 0.3;

    /** The opening: about the first two paragraphs. */
    static final int LEAD_CHARS = 800;

    /** A word must appear in this many articles to count as a part of compounds ("regierung" in "bundesregierung"). */
    private static final int MIN_ARTICLES_FOR_PART = 2;

    private final Function<StoryText, Map<String, Double>> weightsOf;
    private final Map<String, Integer> documentFrequency;
    private final int documents;
    private final CompoundSplitter compounds;
    private final Map<StoryText, Map<String, Double>> knownWeights;
    /** Each feature's number in the vectors; features first seen in a profiled article are numbered then. */
    private final Map<String, Integer> featureNumbers = new ConcurrentHashMap<>();

    private StorySimilarity(Map<String, Integer> documentFrequency, int documents, CompoundSplitter compounds,
                            Map<StoryText, Map<String, Double>> knownWeights,
                            Function<StoryText, Map<String, Double>> weightsOf) {
        this.weightsOf = weightsOf;
        this.documentFrequency = documentFrequency;
        this.documents = documents;
        this.compounds = compounds;
        this.knownWeights = knownWeights;
        documentFrequency.keySet().forEach(feature -> featureNumbers.put(feature, featureNumbers.size()));
    }

    /** Learns which terms are common, and which words make up compounds, from the articles that will be compared. */
    public static StorySimilarity of(GermanAnalysis analysis, List<StoryText> articles) {
        StoryTerms terms = new StoryTerms(analysis);
        return of(terms, articles, article -> terms.weights(article));
    }

    /** As {@link #of(GermanAnalysis, List)}, with the articles' terms from {@code weightsOf} (a cache, say). */
    static StorySimilarity of(StoryTerms terms, List<StoryText> articles,
                              Function<StoryText, Map<String, Double>> weightsOf) {
        // Kept, so that profiling one of these articles does not analyse its text a second time.
        Map<StoryText, Map<String, Double>> weights = new IdentityHashMap<>();
        for (StoryText article : articles) {
            weights.put(article, weightsOf.apply(article));
        }
        Map<String, Integer> wordFrequency = new HashMap<>();
        for (StoryText article : articles) {
            weights.get(article).keySet().forEach(term -> wordFrequency.merge(term, 1, Integer::sum));
        }
        Set<String> knownWords = new HashSet<>();
        wordFrequency.forEach((word, count) -> {
            if (count >= MIN_ARTICLES_FOR_PART && word.length() >= CompoundSplitter.MIN_PART) {
                knownWords.add(word);
            }
        });
        CompoundSplitter compounds = new CompoundSplitter(knownWords);
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (StoryText article : articles) {
            Set<String> set = weights.get(article).keySet();
            Set<String> features = new HashSet<>(set);
            for (String term : set) {
                features.addAll(compounds.parts(term));
            }
            features.forEach(feature -> documentFrequency.merge(feature, 1, Integer::sum));
        }
        return new StorySimilarity(documentFrequency, articles.size(), compounds, weights, weightsOf);
    }

    /** The article's vectors, to compare it with many others. */
    public StoryProfile profile(StoryText article) {
        String text = article.text();
        String opening = text.length() <= LEAD_CHARS ? text : text.substring(0, LEAD_CHARS);
        Map<String, Double> whole = knownWeights.get(article);
        return new StoryProfile(vector(whole != null ? whole : weightsOf.apply(article)),
                vector(weightsOf.apply(new StoryText(article.title(), opening))));
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

    /**
     * The decision grouping and story-eval use: similar enough, and sharing at least {@link #MIN_SHARED_TERMS}
     * terms. Two short teasers that share one rare word ("Suchmaschine") have a high cosine but no common event.
     */
    public static boolean isSameStory(StoryProfile a, StoryProfile b, double similarity) {
        return isSameStory(similarity) && a.whole().shared(b.whole()) >= MIN_SHARED_TERMS;
    }

    private StoryVector vector(Map<String, Double> termWeights) {
        Map<String, Double> features = new HashMap<>();
        termWeights.forEach((term, weight) -> {
            features.merge(term, weight, Double::sum);
            for (String part : compounds.parts(term)) {
                features.merge(part, weight, Double::sum);
            }
        });
        TreeMap<Integer, Double> values = new TreeMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            // Sublinear: the tenth "Polizei" says less than the first.
            double value = (1 + Math.log(feature.getValue())) * idf(feature.getKey());
            values.put(number(feature.getKey()), value);
            norm += value * value;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        int[] numbers = new int[values.size()];
        double[] scaled = new double[values.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> value : values.entrySet()) {
            numbers[i] = value.getKey();
            scaled[i++] = value.getValue() * scale;
        }
        return new StoryVector(numbers, scaled);
    }

    private int number(String feature) {
        Integer known = featureNumbers.get(feature);
        return known != null ? known : featureNumbers.computeIfAbsent(feature, f -> featureNumbers.size());
    }

    private double idf(String feature) {
        // Smoothed, as if one extra article held every term; a term unseen among the articles counts as rare.
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(feature, 0))) + 1.0;
    }
}
