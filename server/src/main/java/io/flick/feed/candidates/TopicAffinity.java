package io.flick.feed.candidates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.flick.feed.model.FeedState;
import io.flick.feed.model.Item;

/**
 * Videos with the hashtags and sounds the viewer engaged with most (seed 003's sources 2 and 3):
 * for each strong hashtag or sound, its best-performing recent videos.
 */
@Component
@Order(5)
class TopicAffinity implements CandidateSource {

    private static final int SCAN_PER_KEY = 300;
    private static final int TAKE_PER_KEY = 40;

    private final FeedState state;

    TopicAffinity(FeedState state) {
        this.state = state;
    }

    @Override
    public String name() {
        return FeedReason.TOPIC.code();
    }

    @Override
    public List<Candidate> candidates(FeedRequest request) {
        Map<Long, Double> found = new HashMap<>();
        long now = request.now().toEpochMilli();
        var taste = request.taste();
        for (String tag : taste.topHashtags().subList(0, Math.min(5, taste.topHashtags().size()))) {
            take(state.newestWithHashtag(tag, SCAN_PER_KEY), request, found, now, taste.hashtagAffinity(List.of(tag)));
        }
        for (long sound : taste.topSounds().subList(0, Math.min(3, taste.topSounds().size()))) {
            take(state.newestWithSound(sound, SCAN_PER_KEY), request, found, now, taste.soundAffinity(sound));
        }
        return found.entrySet().stream().map(e -> new Candidate(e.getKey(), FeedReason.TOPIC, Math.min(1, e.getValue()))).toList();
    }

    /** The key's items that viewers finish most often, weighted by how much the viewer likes the key. */
    private void take(List<Long> ids, FeedRequest request, Map<Long, Double> found, long now, double affinity) {
        if (affinity <= 0) {
            return;
        }
        record Rated(long id, double rate) {
        }
        ids.stream().map(id -> state.item(id).orElse(null))
                .filter(item -> item != null && !request.excluded(item))
                .map(item -> new Rated(item.id(), quality(item, now)))
                .sorted((a, b) -> Double.compare(b.rate, a.rate))
                .limit(TAKE_PER_KEY)
                .forEach(rated -> found.merge(rated.id, affinity * rated.rate, Math::max));
    }

    private double quality(Item item, long now) {
        return state.stats(item.id(), now).longViewRate(state.longViewPrior(item.durationSeconds()));
    }

}
