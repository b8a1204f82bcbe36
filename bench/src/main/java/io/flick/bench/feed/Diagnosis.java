package io.flick.bench.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;

import io.flick.bench.BenchServer;
import io.flick.feed.candidates.Candidate;
import io.flick.feed.candidates.CandidateSource;
import io.flick.feed.candidates.FeedRequest;
import io.flick.feed.model.FeedState;
import io.flick.feed.model.Taste;
import io.flick.feed.ranking.Ranker;
import io.flick.feed.ranking.RankingWeights;

/**
 * Where recall is lost ({@code --diagnose true}): Recall@100 of each candidate source on its own
 * (its own order), of the merged pool (any size), and of the ranker's order before re-ranking.
 */
final class Diagnosis {

    static void run(BenchServer server, List<Long> users, Map<Long, Set<Long>> targets) {
        Collection<CandidateSource> sources = server.beans(CandidateSource.class);
        FeedState state = server.bean(FeedState.class);
        Ranker ranker = server.bean(Ranker.class);
        Clock clock = server.bean(ReplayClock.class);
        Map<String, DoubleAdder> recall = new ConcurrentHashMap<>();
        DoubleAdder poolSize = new DoubleAdder();
        users.parallelStream().forEach(user -> {
            Set<Long> relevant = targets.get(user);
            Taste.Snapshot taste = state.taste(user + 1);
            FeedRequest request = new FeedRequest(user + 1, taste, Set.of(), clock.instant());
            Map<Long, List<Candidate>> pool = new HashMap<>();
            for (CandidateSource source : sources) {
                List<Candidate> candidates = source.candidates(request).stream()
                        .filter(c -> state.item(c.item()).map(i -> !request.excluded(i)).orElse(false)).toList();
                List<Long> ids = candidates.stream().sorted(Comparator.comparingDouble(Candidate::strength).reversed())
                        .map(c -> c.item() - 1).toList();
                add(recall, source.name() + "@100", Metrics.recall(ids, relevant, 100));
                add(recall, source.name() + "@all", Metrics.recall(ids, relevant, ids.size()));
                candidates.forEach(c -> pool.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(c));
            }
            poolSize.add(pool.size());
            add(recall, "pool@all", Metrics.recall(pool.keySet().stream().map(i -> i - 1).toList(), relevant, pool.size()));
            List<Long> ranked = ranker.rank(taste, pool, request.now().toEpochMilli()).stream().map(s -> s.item() - 1).toList();
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
        Collection<CandidateSource> sources = server.beans(CandidateSource.class);
        FeedState state = server.bean(FeedState.class);
        Clock clock = server.bean(ReplayClock.class);
        long now = clock.millis();
        Map<Long, Taste.Snapshot> tastes = new ConcurrentHashMap<>();
        Map<Long, Map<Long, List<Candidate>>> pools = new ConcurrentHashMap<>();
        Map<Long, Map<Long, List<Candidate>>> proposals = new ConcurrentHashMap<>();
        users.parallelStream().forEach(user -> {
            Taste.Snapshot taste = state.taste(user + 1);
            FeedRequest request = new FeedRequest(user + 1, taste, Set.of(), clock.instant());
            Map<Long, List<Candidate>> all = new HashMap<>();
            for (CandidateSource source : sources) {
                source.candidates(request).forEach(c -> all.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(c));
            }
            Map<Long, List<Candidate>> pool = new HashMap<>();
            all.forEach((id, c) -> state.item(id).filter(i -> !request.excluded(i)).ifPresent(i -> pool.put(id, c)));
            tastes.put(user, taste);
            pools.put(user, pool);
            proposals.put(user, all);
        });
        Objective objective = new Objective(state, users, tastes, pools, proposals, targets, impressions, now);
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

    private record Objective(FeedState state, List<Long> users, Map<Long, Taste.Snapshot> tastes,
                             Map<Long, Map<Long, List<Candidate>>> pools, Map<Long, Map<Long, List<Candidate>>> proposals,
                             Map<Long, Set<Long>> targets, Map<Long, Impressions> impressions, long now) {

        /** Recall@100 over the users with targets, GAUC over those with both outcomes. */
        double[] of(double[] w) {
            Ranker ranker = new Ranker(state, new RankingWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]));
            DoubleAdder recall = new DoubleAdder();
            DoubleAdder auc = new DoubleAdder();
            DoubleAdder aucWeight = new DoubleAdder();
            users.parallelStream().forEach(user -> {
                List<Long> ranked = ranker.rank(tastes.get(user), pools.get(user), now).stream().map(s -> s.item() - 1).toList();
                recall.add(Metrics.recall(ranked, targets.get(user), 100));
                Impressions seen = impressions.get(user);
                if (seen == null) {
                    return;
                }
                double[] scores = new double[seen.items().size()];
                for (int i = 0; i < scores.length; i++) {
                    long id = seen.items().get(i);
                    scores[i] = state.item(id).map(item -> ranker.score(tastes.get(user), item,
                            proposals.get(user).getOrDefault(id, List.of()), now).total()).orElse(0.0);
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
