package de.presseschau.topics;

/**
 * An article's unit-length term vector for story matching: feature numbers (ascending) and their values. Arrays
 * rather than a map, since grouping computes millions of cosines.
 */
public record StoryVector(int[] features, double[] values) {

    public double cosine(StoryVector other) {
        int[] a = features;
        int[] b = other.features;
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += values[i++] * other.values[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** How many features the two vectors have in common. */
    public int shared(StoryVector other) {
        int[] a = features;
        int[] b = other.features;
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                count++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }
}
