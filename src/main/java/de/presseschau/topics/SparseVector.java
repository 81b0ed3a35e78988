package de.presseschau.topics;

/** A feature vector that stores only its non-zero entries, indices ascending. */
record SparseVector(int[] indices, float[] values) {

    double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }

    double squaredNorm() {
        double sum = 0;
        for (float value : values) {
            sum += value * value;
        }
        return sum;
    }
}
