package io.flick.feed.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Weights per key (a hashtag, a sound, a creator) that fade by {@code decay} with every event the
 * user makes, so recent interests outweigh old ones. Fading all keys on each event would cost the
 * number of keys; instead new weights are inflated by the accumulated fade and reads divide it
 * out, which is the same arithmetic in O(1). Not thread-safe: the owning {@link Taste} guards it.
 */
final class Affinities<K> {

    private static final double RESCALE_ABOVE = 1e150;
    private static final int MAX_KEYS = 400;

    private final double growth;
    private final Map<K, Double> weights = new HashMap<>();
    private double scale = 1;
    /**
     * The largest stored (inflated) weight, at least 0, or NaN when it must be recomputed. The ranker
     * asks for the maximum once per candidate and affinity (thousands of times per page), while it
     * changes only when a weight does: scanning up to {@value #MAX_KEYS} weights on every call was a
     * measured hot spot of the For You request (docs/benchmarks/feed-latency.md).
     */
    private double storedMax;

    Affinities(double decay) {
        this.growth = 1 / decay;
    }

    /** A new event happened: everything before it fades one step. */
    void tick() {
        scale *= growth;
        if (scale > RESCALE_ABOVE) {
            weights.replaceAll((key, weight) -> weight / scale);
            storedMax /= scale;
            scale = 1;
        }
    }

    void add(K key, double weight) {
        double updated = weights.merge(key, weight * scale, Double::sum);
        if (weights.size() > MAX_KEYS) {
            forgetWeakest();
            storedMax = Double.NaN;
        } else if (updated >= storedMax) {
            storedMax = updated;
        } else if (weight < 0) {
            // The key may have been the largest and fallen below another: recompute when asked.
            storedMax = Double.NaN;
        }
    }

    double get(K key) {
        Double weight = weights.get(key);
        return weight == null ? 0 : weight / scale;
    }

    /** The strongest positive weight (0 if there is none), for normalising. */
    double max() {
        if (Double.isNaN(storedMax)) {
            double max = 0;
            for (double weight : weights.values()) {
                max = Math.max(max, weight);
            }
            storedMax = max;
        }
        return storedMax / scale;
    }

    List<K> strongest(int n) {
        return weights.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<K, Double>comparingByValue().reversed())
                .limit(n).map(Map.Entry::getKey).collect(Collectors.toList());
    }

    private void forgetWeakest() {
        weights.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(Math.abs(a), Math.abs(b))))
                .limit(MAX_KEYS / 4).map(Map.Entry::getKey).toList().forEach(weights::remove);
    }
}
