package io.flick.feed.candidates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.flick.feed.model.Charts;
import io.flick.feed.model.FeedState;

/**
 * For viewers we know little about (seed 003's cold start): well-liked videos from as many
 * different topics as possible, so their first views tell us something. Quiet once the viewer
 * has a taste of their own.
 */
@Component
@Order(8)
class DiversePicks implements CandidateSource {

    static final int KNOWN_AFTER_POSITIVES = 15;
    private static final int QUOTA = 60;

    private final FeedState state;
    private final Charts charts;

    DiversePicks(FeedState state, Charts charts) {
        this.state = state;
        this.charts = charts;
    }

    @Override
    public String name() {
        return FeedReason.DIVERSE.code();
    }

    @Override
    public List<Candidate> candidates(FeedRequest request) {
        if (request.taste().positives() >= KNOWN_AFTER_POSITIVES) {
            return List.of();
        }
        Set<String> topics = new HashSet<>();
        Set<Long> creators = new HashSet<>();
        List<Candidate> found = new ArrayList<>();
        for (Charts.Scored scored : charts.popular()) {
            if (found.size() >= QUOTA) {
                break;
            }
            var item = state.item(scored.id()).orElse(null);
            if (item == null || request.excluded(item) || creators.contains(item.creator())) {
                continue;
            }
            String topic = item.hashtags().isEmpty() ? "#none" + item.creator() : item.hashtags().getFirst();
            if (topics.add(topic)) {
                creators.add(item.creator());
                found.add(new Candidate(item.id(), FeedReason.DIVERSE, 1.0 - found.size() / (double) QUOTA));
            }
        }
        return found;
    }
}
