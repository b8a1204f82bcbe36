package io.flick.feed.similarity;

/** Checks and normalisation shared by the embedder and the index. */
final class Vectors {

    private Vectors() {
    }

    /**
     * A unit-length copy of {@code vector}. Copying keeps callers' arrays out of our state (they may
     * reuse them), and normalising here is what lets the index score with a plain dot product.
     *
     * @throws IllegalArgumentException on a wrong length, a NaN or infinite component, or a zero vector
     */
    static float[] unitCopy(float[] vector, int dimensions) {
        if (vector == null) {
            throw new IllegalArgumentException("vector is null");
        }
        if (vector.length != dimensions) {
            throw new IllegalArgumentException(
                    "vector has " + vector.length + " dimensions, this index holds " + dimensions);
        }
        double squares = 0;
        for (int i = 0; i < vector.length; i++) {
            float value = vector[i];
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException("vector component " + i + " is " + value);
            }
            squares += (double) value * value;
        }
        if (squares == 0) {
            throw new IllegalArgumentException("vector is all zeros: it has no direction to compare");
        }
        float scale = (float) (1 / Math.sqrt(squares));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
