package io.flick.bench.feed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Ranking metrics for one user, and their weighted means. */
final class Metrics {

    static final int[] CUTOFFS = {20, 50, 100};

    static double recall(List<Long> ranked, Set<Long> relevant, int k) {
        long hits = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) hits / relevant.size();
    }

    static double ndcg(List<Long> ranked, Set<Long> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    /** AUC of scores against labels (ties count half); NaN when one class is missing. */
    static double auc(double[] scores, boolean[] labels) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> scores[i]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.size()) {
            int j = i;
            while (j + 1 < order.size() && scores[order.get(j + 1)] == scores[order.get(i)]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (labels[order.get(t)]) {
                    rankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private Metrics() {
    }
}
