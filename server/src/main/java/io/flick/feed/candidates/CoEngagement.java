package io.flick.feed.candidates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.flick.feed.model.FeedState;

/**
 * Item-to-item co-engagement: videos finished or liked by the people who finished or liked what
 * the viewer recently did. The count of shared engagers is normalised by both items' audiences
 * (cosine), so that merely popular videos do not win every list. Bounded work per request: the
 * viewer's last {@value #SEEDS} positives, the last {@value #ENGAGERS} engagers of each, and their
 * last {@value #THEIR_ITEMS} positives.
 */
@Component
@Order(6)
class CoEngagement implements CandidateSource {

    static final int SEEDS = 30;
    static final int ENGAGERS = 400;
    static final int THEIR_ITEMS = 50;

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
        List<Long> seeds = request.taste().recentPositives().subList(0, Math.min(SEEDS, request.taste().recentPositives().size()));
        if (seeds.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> scores = new HashMap<>();
        for (int s = 0; s < seeds.size(); s++) {
            long seed = seeds.get(s);
            // More recent seeds count more: taste drifts.
            double seedWeight = 1.0 / (1 + s * 0.1);
            double seedAudience = Math.max(1, state.engagerCount(seed));
            List<Long> engagers = state.engagers(seed);
            for (int e = 0; e < Math.min(ENGAGERS, engagers.size()); e++) {
                long other = engagers.get(e);
                if (request.viewer() != null && other == request.viewer()) {
                    continue;
                }
                for (long item : state.recentPositives(other, THEIR_ITEMS)) {
                    if (item != seed) {
                        scores.merge(item, seedWeight / Math.sqrt(seedAudience), Double::sum);
                    }
                }
            }
        }
        double max = 0;
        Map<Long, Double> normalised = new HashMap<>();
        for (var entry : scores.entrySet()) {
            var item = state.item(entry.getKey()).orElse(null);
            if (item == null || request.excluded(item)) {
                continue;
            }
            double score = entry.getValue() / Math.sqrt(Math.max(1, state.engagerCount(item.id())));
            normalised.put(item.id(), score);
            max = Math.max(max, score);
        }
        double top = max;
        return normalised.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .limit(500)
                .map(e -> new Candidate(e.getKey(), name(), e.getValue() / top))
                .toList();
    }
}
