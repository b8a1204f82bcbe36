package io.flick.bench.feed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simple recommenders the pipeline is measured against, computed here from the same training
 * data: popularity (long views), trending (long views fading with a three-day time constant
 * before the end of training) and item-kNN (cosine similarity of items over the users who
 * long-viewed or liked both, summed over the user's own long views and likes).
 */
final class Baselines {

    /** A baseline's scores for one user: sparse, a missing video scores 0. */
    interface Scorer {
        Map<Long, Double> scores(long user);
    }

    static Scorer popularity(Map<Long, Double> longViews) {
        return user -> longViews;
    }

    static Scorer trending(Map<Long, Double> fadedLongViews) {
        return user -> fadedLongViews;
    }

    /** Item-kNN over positive sets (user → videos), cosine-normalised co-occurrence counts. */
    static Scorer itemKnn(Map<Long, Set<Long>> positives) {
        Map<Long, Map<Long, Integer>> together = new HashMap<>();
        Map<Long, Integer> audience = new HashMap<>();
        for (Set<Long> items : positives.values()) {
            List<Long> list = List.copyOf(items);
            for (long a : list) {
                audience.merge(a, 1, Integer::sum);
                Map<Long, Integer> row = together.computeIfAbsent(a, k -> new HashMap<>());
                for (long b : list) {
                    if (a != b) {
                        row.merge(b, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Long, Map<Long, Double>> similar = new HashMap<>();
        together.forEach((a, row) -> {
            Map<Long, Double> sims = new HashMap<>();
            row.forEach((b, count) -> sims.put(b, count / Math.sqrt((double) audience.get(a) * audience.get(b))));
            similar.put(a, sims);
        });
        return user -> {
            Map<Long, Double> scores = new HashMap<>();
            for (long item : positives.getOrDefault(user, Set.of())) {
                similar.getOrDefault(item, Map.of()).forEach((other, sim) -> scores.merge(other, sim, Double::sum));
            }
            return scores;
        };
    }

    private Baselines() {
    }
}
