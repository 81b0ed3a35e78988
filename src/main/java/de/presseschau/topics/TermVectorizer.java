package de.presseschau.topics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns analysed terms into length-normalised TF-IDF vectors over words and the known words inside German
 * compounds; the vocabulary, the known words and the IDF weights are learnt from the training texts.
 */
final class TermVectorizer {

    /** A word must appear in this many training texts to count as a known compound part. */
    private static final int MIN_DOCUMENTS_FOR_PART = 2;

    /**
     * News puts the essentials first: the headline and opening sentence (about this many terms) count twice.
     * Measured on 10kGNAD: 0.816 accuracy without, 0.819 with.
     */
    static final int LEAD_TERMS = 25;

    private final Map<String, Integer> index;
    private final float[] idf;
    private final CompoundSplitter compounds;

    private TermVectorizer(Map<String, Integer> index, float[] idf, CompoundSplitter compounds) {
        this.index = index;
        this.idf = idf;
        this.compounds = compounds;
    }

    static TermVectorizer fit(List<List<String>> texts) {
        Map<String, Integer> wordFrequency = new HashMap<>();
        for (List<String> terms : texts) {
            for (String word : new HashSet<>(terms)) {
                wordFrequency.merge(word, 1, Integer::sum);
            }
        }
        Set<String> knownWords = new HashSet<>();
        wordFrequency.forEach((word, count) -> {
            if (count >= MIN_DOCUMENTS_FOR_PART && word.length() >= CompoundSplitter.MIN_PART) {
                knownWords.add(word);
            }
        });
        CompoundSplitter compounds = new CompoundSplitter(knownWords);
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (List<String> terms : texts) {
            for (String feature : counts(terms, compounds).keySet()) {
                documentFrequency.merge(feature, 1, Integer::sum);
            }
        }
        String[] features = documentFrequency.keySet().toArray(String[]::new);
        Arrays.sort(features);
        Map<String, Integer> index = new HashMap<>();
        float[] idf = new float[features.length];
        for (String feature : features) {
            int i = index.size();
            index.put(feature, i);
            // Smoothed IDF, as if one extra text held every feature.
            idf[i] = (float) (Math.log((1.0 + texts.size()) / (1.0 + documentFrequency.get(feature))) + 1.0);
        }
        return new TermVectorizer(index, idf, compounds);
    }

    /** How many features the vocabulary has. */
    int size() {
        return idf.length;
    }

    /** Bytes the vocabulary takes, roughly: the strings, the map entries and the weights. */
    long approximateBytes() {
        long bytes = 4L * idf.length;
        for (String feature : index.keySet()) {
            bytes += 56 + feature.length() + 32;
        }
        return bytes;
    }

    SparseVector vector(List<String> terms) {
        Map<String, Integer> counts = counts(terms, compounds);
        int[] indices = new int[counts.size()];
        int n = 0;
        for (String feature : counts.keySet()) {
            Integer i = index.get(feature);
            if (i != null) {
                indices[n++] = i;
            }
        }
        indices = Arrays.copyOf(indices, n);
        Arrays.sort(indices);
        Map<Integer, Integer> countByIndex = new HashMap<>();
        counts.forEach((feature, count) -> {
            Integer i = index.get(feature);
            if (i != null) {
                countByIndex.put(i, count);
            }
        });
        float[] values = new float[n];
        double norm = 0;
        for (int k = 0; k < n; k++) {
            // Sublinear term frequency: the tenth "Regierung" says less than the first.
            values[k] = (float) ((1 + Math.log(countByIndex.get(indices[k]))) * idf[indices[k]]);
            norm += values[k] * values[k];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < n; k++) {
            values[k] *= scale;
        }
        return new SparseVector(indices, values);
    }

    private static Map<String, Integer> counts(List<String> terms, CompoundSplitter compounds) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            int weight = i < LEAD_TERMS ? 2 : 1;
            String term = terms.get(i);
            counts.merge(term, weight, Integer::sum);
            for (String part : compounds.parts(term)) {
                counts.merge(part, weight, Integer::sum);
            }
        }
        return counts;
    }
}
