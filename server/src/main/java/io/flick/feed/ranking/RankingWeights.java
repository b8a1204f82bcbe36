package io.flick.feed.ranking;

/**
 * The weights of the v1 ranking score, one per signal; all signals are scaled to about 0..1 so the
 * weights read as their importance. Defaults were tuned on the KuaiRand replay (docs/benchmarks/feed.md).
 */
public record RankingWeights(double completion, double likes, double shares, double affinity, double coEngagement,
                             double creatorQuality, double freshness, double followed, double source) {

    public static RankingWeights defaults() {
        return new RankingWeights(0.15, 0.05, 0.075, 0.2, 20.0, 0.05, 0.1, 0.6, 0.3);
    }
}
