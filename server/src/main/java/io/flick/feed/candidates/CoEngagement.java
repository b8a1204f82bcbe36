package io.flick.feed.candidates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.flick.feed.model.FeedState;
import io.flick.feed.model.ItemNeighbours;

/**
 * Item-to-item co-engagement: the neighbours of what the viewer recently finished, liked or shared,
 * by the cosine similarity of their audiences ({@link io.flick.feed.model.ItemNeighbours}, kept up
 * to date on every signal), summed over the viewer's last {@value #SEEDS} positives with the more
 * recent ones counting a little more. Bounded work per request: a few short lists.
 */
@Component
@Order(6)
class CoEngagement implements CandidateSource {

    static final int SEEDS = 50;
    private static final int LIMIT = 500;

    private final FeedState state;

    CoEngagement(FeedState state) {
        this.state = state;
    }

    @Override
    public String name() {
        return "co_engagement";
    }

    @Override
    public List<Candidate> candidates(FeedRequest request) {
        List<Long> positives = request.taste().recentPositives();
        List<Long> seeds = positives.subList(0, Math.min(SEEDS, positives.size()));
        if (seeds.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> scores = new HashMap<>();
        for (int s = 0; s < seeds.size(); s++) {
            // More recent seeds count more: taste drifts.
            double seedWeight = 1.0 / (1 + s * 0.05);
            for (ItemNeighbours.Neighbour neighbour : state.neighbours(seeds.get(s))) {
                scores.merge(neighbour.item(), seedWeight * neighbour.similarity(), Double::sum);
            }
        }
        double max = 0;
        Map<Long, Double> eligible = new HashMap<>();
        for (var entry : scores.entrySet()) {
            var item = state.item(entry.getKey()).orElse(null);
            if (item != null && !request.excluded(item)) {
                eligible.put(item.id(), entry.getValue());
                max = Math.max(max, entry.getValue());
            }
        }
        double top = max;
        return eligible.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .limit(LIMIT)
                .map(e -> new Candidate(e.getKey(), name(), e.getValue() / top))
                .toList();
    }
}
