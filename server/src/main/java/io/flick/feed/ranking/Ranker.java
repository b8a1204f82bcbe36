package io.flick.feed.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.VectorUtil;

import io.flick.feed.RankingWeights;
import io.flick.feed.candidates.Candidate;
import io.flick.feed.candidates.FeedReason;
import io.flick.feed.model.FeedState;
import io.flick.feed.model.Item;
import io.flick.feed.model.ItemStats;
import io.flick.feed.model.Taste;

/**
 * Ranking v1: a transparent weighted sum of signals, each about 0..1.
 * <ul>
 * <li>completion: the video's long-view rate, smoothed towards the rate of videos of the same
 * length, so a short clip is not favoured for being easy to finish;</li>
 * <li>likes, shares: rates relative to the platform's, squashed to 0..1 (0.5 is average);</li>
 * <li>affinity: how close the video is to the viewer's taste (embedding, hashtags, sound,
 * creator), weighed more as the viewer's history grows (cold start leans on quality);</li>
 * <li>co-engagement: how much the people who liked what the viewer liked engaged with it;</li>
 * <li>creator quality, freshness (three-day time constant), followed creator, and the proposing
 * source's own strength.</li>
 * </ul>
 */
public final class Ranker {

    /** Positives after which affinity counts in full (seed 003: personal within 10–20 views). */
    public static final int PERSONAL_AFTER = 15;
    /**
     * Positives after which co-engagement counts in full. Unlike affinity (an average that is noise
     * until it has seen enough), co-engagement is a sum over the viewer's own positives, meaningful
     * from the first: a few suffice (KuaiRand replay, Recall@100: after 1 → 0.3252, 5 → 0.3254, 15
     * → 0.3245).
     */
    static final int CO_ENGAGEMENT_AFTER = 5;
    private static final double FRESHNESS_TAU_HOURS = 72;

    private final FeedState state;
    private final RankingWeights weights;

    public Ranker(FeedState state, RankingWeights weights) {
        this.state = state;
        this.weights = weights;
    }

    /** @param proposals per item, the candidates that proposed it (one per source) */
    public List<Score> rank(Taste.Snapshot taste, Map<Long, List<Candidate>> proposals, long nowMillis) {
        List<Score> scores = new ArrayList<>(proposals.size());
        proposals.forEach((id, candidates) -> state.item(id).ifPresent(item -> scores.add(score(taste, item, candidates, nowMillis))));
        scores.sort(Comparator.comparingDouble(Score::total).reversed().thenComparingLong(Score::item));
        return scores;
    }

    public Score score(Taste.Snapshot taste, Item item, List<Candidate> candidates, long nowMillis) {
        ItemStats.Snapshot stats = state.stats(item.id(), nowMillis);
        double prior = state.longViewPrior(item.durationSeconds());
        double personal = Math.min(1, taste.positives() / (double) PERSONAL_AFTER);
        double evidence = Math.min(1, taste.positives() / (double) CO_ENGAGEMENT_AFTER);

        double completion = stats.longViewRate(prior);
        double likes = squash(stats.likeRate(state.likePrior()) / state.likePrior());
        double shares = squash(stats.shareRate(state.sharePrior()) / state.sharePrior());
        double affinity = affinity(taste, item);
        double coEngagement = strength(candidates, FeedReason.CO_ENGAGEMENT);
        double creator = state.creatorStats(item.creator(), nowMillis).longViewRate(prior);
        double ageHours = Math.max(0, (nowMillis - item.publishedAt().toEpochMilli()) / 3_600_000.0);
        double freshness = Math.exp(-ageHours / FRESHNESS_TAU_HOURS);
        double followed = taste.followees().contains(item.creator()) ? 1 : 0;
        Candidate strongest = candidates.stream().max(Comparator.comparingDouble(Candidate::strength))
                .orElse(new Candidate(item.id(), FeedReason.TRENDING, 0));

        List<Score.Part> parts = new ArrayList<>(9);
        parts.add(part("completion", completion, weights.completion()));
        parts.add(part("likes", likes, weights.likes()));
        parts.add(part("shares", shares, weights.shares()));
        parts.add(part("affinity", affinity, weights.affinity() * personal));
        parts.add(part("co_engagement", coEngagement, weights.coEngagement() * evidence));
        parts.add(part("creator_quality", creator, weights.creatorQuality()));
        parts.add(part("freshness", freshness, weights.freshness()));
        parts.add(part("followed_creator", followed, weights.followed()));
        parts.add(part("source", strongest.strength(), weights.source()));
        double total = parts.stream().mapToDouble(Score.Part::contribution).sum();
        parts.sort(Comparator.comparingDouble(Score.Part::contribution).reversed());
        return new Score(item.id(), total, strongest.reason(), parts);
    }

    /** Embedding closeness, hashtag, sound and creator affinity together, about −1..1. */
    private static double affinity(Taste.Snapshot taste, Item item) {
        double vector = taste.vector() == null || item.embedding() == null ? 0 : dot(taste.vector(), item.embedding());
        return 0.4 * vector + 0.3 * taste.hashtagAffinity(item.hashtags()) + 0.15 * taste.soundAffinity(item.sound())
                + 0.15 * taste.creatorAffinity(item.creator());
    }

    /** Lucene's dot product: SIMD where the JVM runs with the vector module (the server's launch does). */
    private static double dot(float[] a, float[] b) {
        return a.length == b.length ? VectorUtil.dotProduct(a, b) : 0;
    }

    private static double strength(List<Candidate> candidates, FeedReason reason) {
        for (Candidate candidate : candidates) {
            if (candidate.reason() == reason) {
                return candidate.strength();
            }
        }
        return 0;
    }

    /** x / (1 + x): 0 for nothing, 0.5 at the platform average, towards 1 far above it. */
    private static double squash(double ratio) {
        return ratio / (1 + ratio);
    }

    private static Score.Part part(String signal, double value, double weight) {
        return new Score.Part(signal, value, value * weight);
    }
}
