package de.presseschau.topics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the weighted terms of the articles grouped lately, so that each refresh analyses only its new articles
 * and not the whole window again (stemming is most of the cost). Compact: interned terms and plain arrays.
 */
final class StoryTermCache {

    private record Weights(String[] terms, double[] values) {
    }

    private final int capacity;
    private final Map<StoryText, Weights> entries;
    private final Map<String, String> interned = new HashMap<>();

    StoryTermCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<StoryText, Weights> eldest) {
                return size() > StoryTermCache.this.capacity;
            }
        };
    }

    /** The article's weights from {@code terms}, analysed once while the article stays among the recent ones. */
    synchronized Map<String, Double> weights(StoryText article, StoryTerms terms) {
        Weights known = entries.get(article);
        if (known == null) {
            Map<String, Double> computed = terms.weights(article);
            String[] keys = new String[computed.size()];
            double[] values = new double[computed.size()];
            int i = 0;
            for (Map.Entry<String, Double> entry : computed.entrySet()) {
                keys[i] = interned.computeIfAbsent(entry.getKey(), key -> key);
                values[i++] = entry.getValue();
            }
            known = new Weights(keys, values);
            entries.put(article, known);
            if (interned.size() > 50 * capacity) {
                interned.clear(); // the vocabulary of months; the next terms are interned afresh
            }
        }
        Map<String, Double> weights = new HashMap<>(known.terms().length * 2);
        for (int i = 0; i < known.terms().length; i++) {
            weights.put(known.terms()[i], known.values()[i]);
        }
        return weights;
    }
}
