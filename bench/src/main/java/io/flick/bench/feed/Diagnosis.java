package io.flick.bench.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;

import io.flick.bench.BenchServer;
import io.flick.feed.FeedReplay;
import io.flick.feed.RankingWeights;

/**
 * Where recall is lost ({@code --diagnose true}): Recall@100 of each candidate source on its own
 * (its own order), of the merged pool (any size), and of the ranker's order before re-ranking.
 * Everything goes through the feed's published {@link FeedReplay#candidates}.
 */
final class Diagnosis {

    static void run(BenchServer server, List<Long> users, Map<Long, Set<Long>> targets) {
        FeedReplay feed = server.bean(FeedReplay.class);
        Map<String, DoubleAdder> recall = new ConcurrentHashMap<>();
        DoubleAdder poolSize = new DoubleAdder();
        users.parallelStream().forEach(user -> {
            Set<Long> relevant = targets.get(user);
            FeedReplay.Candidates candidates = feed.candidates(user + 1);
            // Every source, including one that proposed nothing for this user (its recall is 0, not missing).
            Map<String, List<FeedReplay.Proposal>> bySource = new LinkedHashMap<>();
            feed.sources().forEach(source -> bySource.put(source, new ArrayList<>()));
            candidates.proposals().forEach(p -> bySource.get(p.source()).add(p));
            Set<Long> pool = new LinkedHashSet<>();
            bySource.forEach((source, proposals) -> {
                List<Long> ids = proposals.stream().sorted(Comparator.comparingDouble(FeedReplay.Proposal::strength).reversed())
                        .map(p -> p.video() - 1).toList();
                add(recall, source + "@100", Metrics.recall(ids, relevant, 100));
                add(recall, source + "@all", Metrics.recall(ids, relevant, ids.size()));
                proposals.forEach(p -> pool.add(p.video()));
            });
            poolSize.add(pool.size());
            add(recall, "pool@all", Metrics.recall(pool.stream().map(i -> i - 1).toList(), relevant, pool.size()));
            List<Long> ranked = candidates.rank(RankingWeights.defaults()).stream().map(i -> i - 1).toList();
            add(recall, "ranker@100", Metrics.recall(ranked, relevant, 100));
        });
        System.out.printf(Locale.ROOT, "diagnosis over %d users, mean pool %.0f%n", users.size(), poolSize.sum() / users.size());
        new TreeMap<>(recall).forEach((name, sum) -> System.out.printf(Locale.ROOT, "  %-28s %.4f%n", name, sum.sum() / users.size()));
    }

    /** A tuning user's test impressions: video ids (the feed's) and whether each was a long view. */
    record Impressions(List<Long> items, boolean[] longViews) {
    }

    /**
     * Coordinate ascent over the ranking weights on the given (tuning) users: the objective is
     * Recall@100 of the ranker's order plus GAUC(long_view) on their own test impressions, so that
     * neither retrieval nor ranking is bought with the other. Each weight is tried at a few
     * multiples of its current value; prints the path.
     */
    static void tune(BenchServer server, List<Long> users, Map<Long, Set<Long>> targets, Map<Long, Impressions> impressions) {
        FeedReplay feed = server.bean(FeedReplay.class);
        Map<Long, FeedReplay.Candidates> candidates = new ConcurrentHashMap<>();
        users.parallelStream().forEach(user -> candidates.put(user, feed.candidates(user + 1)));
        Objective objective = new Objective(users, candidates, targets, impressions);
        double[] w = weights(RankingWeights.defaults());
        double[] best = objective.of(w);
        System.out.printf(Locale.ROOT, "tuning on %d users: start recall %.4f gauc %.4f %s%n", users.size(), best[0], best[1],
                Arrays.toString(w));
        double[] factors = {0, 0.5, 0.75, 1.5, 2};
        for (int round = 0; round < 4; round++) {
            boolean improved = false;
            for (int i = 0; i < w.length; i++) {
                double original = w[i];
                double bestValue = original;
                for (double f : factors) {
                    w[i] = original == 0 ? f * 0.25 : original * f;
                    double[] r = objective.of(w);
                    if (r[0] + r[1] > best[0] + best[1] + 1e-4) {
                        best = r;
                        bestValue = w[i];
                        improved = true;
                    }
                }
                w[i] = bestValue;
                System.out.printf(Locale.ROOT, "  round %d weight %d → %.3f: recall %.4f gauc %.4f%n", round, i, w[i], best[0], best[1]);
            }
            if (!improved) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "tuned: recall %.4f gauc %.4f %s%n", best[0], best[1], Arrays.toString(w));
    }

    private record Objective(List<Long> users, Map<Long, FeedReplay.Candidates> candidates, Map<Long, Set<Long>> targets,
                             Map<Long, Impressions> impressions) {

        /** Recall@100 over the users with targets, GAUC over those with both outcomes. */
        double[] of(double[] w) {
            RankingWeights weights = new RankingWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]);
            DoubleAdder recall = new DoubleAdder();
            DoubleAdder auc = new DoubleAdder();
            DoubleAdder aucWeight = new DoubleAdder();
            users.parallelStream().forEach(user -> {
                FeedReplay.Candidates own = candidates.get(user);
                List<Long> ranked = own.rank(weights).stream().map(i -> i - 1).toList();
                recall.add(Metrics.recall(ranked, targets.get(user), 100));
                Impressions seen = impressions.get(user);
                if (seen == null) {
                    return;
                }
                Map<Long, Double> scored = own.scores(seen.items(), weights);
                double[] scores = new double[seen.items().size()];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = scored.getOrDefault(seen.items().get(i), 0.0);
                }
                double a = Metrics.auc(scores, seen.longViews());
                if (!Double.isNaN(a)) {
                    auc.add(a * scores.length);
                    aucWeight.add(scores.length);
                }
            });
            return new double[] {recall.sum() / users.size(), auc.sum() / aucWeight.sum()};
        }
    }

    private static double[] weights(RankingWeights r) {
        return new double[] {r.completion(), r.likes(), r.shares(), r.affinity(), r.coEngagement(), r.creatorQuality(),
                r.freshness(), r.followed(), r.source()};
    }

    private static void add(Map<String, DoubleAdder> recall, String name, double value) {
        recall.computeIfAbsent(name, k -> new DoubleAdder()).add(value);
    }

    private Diagnosis() {
    }
}
