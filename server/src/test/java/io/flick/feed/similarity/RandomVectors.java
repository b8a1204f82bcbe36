package io.flick.feed.similarity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/** Seeded random unit vectors and the brute-force answers an index is compared with. */
final class RandomVectors {

    private final Random random;
    private final int dimensions;

    RandomVectors(long seed, int dimensions) {
        this.random = new Random(seed);
        this.dimensions = dimensions;
    }

    float[] next() {
        float[] vector = new float[dimensions];
        double squares = 0;
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) random.nextGaussian();
            squares += vector[i] * vector[i];
        }
        float scale = (float) (1 / Math.sqrt(squares));
        for (int i = 0; i < dimensions; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    /** Items 0 .. count-1, each with its own vector. */
    Map<Long, float[]> items(int count) {
        Map<Long, float[]> items = new LinkedHashMap<>();
        for (long id = 0; id < count; id++) {
            items.put(id, next());
        }
        return items;
    }

    /** The exact k nearest item ids, by comparing the query with every vector. */
    static List<Long> bruteForce(Map<Long, float[]> items, float[] query, int k, LongPredicate accept) {
        record Scored(long itemId, float score) {
        }
        return items.entrySet().stream()
                .filter(item -> accept.test(item.getKey()))
                .map(item -> new Scored(item.getKey(), dot(item.getValue(), query)))
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(k)
                .map(Scored::itemId)
                .toList();
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static float[] scaled(float[] vector, float factor) {
        float[] copy = Arrays.copyOf(vector, vector.length);
        for (int i = 0; i < copy.length; i++) {
            copy[i] *= factor;
        }
        return copy;
    }

    static List<Long> ids(List<VectorIndex.Neighbor> neighbors) {
        return neighbors.stream().map(VectorIndex.Neighbor::itemId).toList();
    }

    static long[] range(int count) {
        return LongStream.range(0, count).toArray();
    }
}
