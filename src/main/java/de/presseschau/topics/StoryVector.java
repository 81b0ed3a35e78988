package de.presseschau.topics;

import java.util.Map;

/** An article's unit-length term vector for story matching, by term. */
public record StoryVector(Map<String, Double> values) {

    public double cosine(StoryVector other) {
        Map<String, Double> small = values.size() <= other.values.size() ? values : other.values;
        Map<String, Double> large = small == values ? other.values : values;
        double sum = 0;
        for (Map.Entry<String, Double> entry : small.entrySet()) {
            Double value = large.get(entry.getKey());
            if (value != null) {
                sum += entry.getValue() * value;
            }
        }
        return sum;
    }
}
