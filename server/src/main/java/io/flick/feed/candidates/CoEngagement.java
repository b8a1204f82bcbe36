package io.flick.feed.candidates;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.flick.feed.model.FeedState;

/**
 * Item-to-item co-engagement: the neighbours of what the viewer recently finished, liked or shared,
 * by the cosine similarity of their audiences ({@link io.flick.feed.model.ItemNeighbours}, kept up
 * to date on every signal). Each of the viewer's last {@value #SEEDS} positives shares one vote
 * among its neighbours in proportion to their similarity, the more recent seeds counting a little
 * more. Bounded work per request: a few short lists.
 */
@Component
@Order(6)
class CoEngagement implements CandidateSource {

    static final int SEEDS = 50;
    private static final int LIMIT = 500;
    /**
     * The summed votes at which a candidate's strength is one half: strength is
     * {@code score / (score + HALF)}, absolute rather than relative to the viewer's best candidate, so
     * a viewer whose seeds have only weak neighbours gets weak candidates (KuaiRand replay, Recall@100
     * on the tuning users: 0.03 → 0.3585, 0.1 → 0.3589, 0.3 → 0.3589, measured with each seed's
     * similarities divided by their sum^0.75; with raw similarities summed it mattered more).
     */
    static final double HALF = 0.1;

    private final FeedState state;

    CoEngagement(FeedState state) {
        this.state = state;
    }

    @Override
    public String name() {
        return FeedReason.CO_ENGAGEMENT.code();
    }

    @Override
    public List<Candidate> candidates(FeedRequest request) {
        List<Long> positives = request.taste().recentPositives();
        List<Long> seeds = positives.subList(0, Math.min(SEEDS, positives.size()));
        if (seeds.isEmpty()) {
            return List.of();
        }
        ScoreTable scores = new ScoreTable(4096);
        for (int s = 0; s < seeds.size(); s++) {
            // More recent seeds count more: taste drifts.
            double seedWeight = 1.0 / (1 + s * 0.05);
            state.forEachNeighbourShare(seeds.get(s), (item, share) -> scores.add(item, seedWeight * share));
        }
        return scores.top(LIMIT, id -> state.item(id).map(item -> !request.excluded(item)).orElse(false)).stream()
                .map(e -> new Candidate(e.item(), FeedReason.CO_ENGAGEMENT, e.score() / (e.score() + HALF)))
                .toList();
    }
}
