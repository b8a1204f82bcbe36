package io.flick.feed.candidates;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.flick.feed.model.FeedState;

/** Recent videos of the creators the viewer follows: the strongest signal they gave us. */
@Component
@Order(1)
class FollowedCreators implements CandidateSource {

    private static final int PER_CREATOR = 5;
    private static final int MAX_CREATORS = 300;
    private static final Duration RECENT = Duration.ofDays(30);

    private final FeedState state;

    FollowedCreators(FeedState state) {
        this.state = state;
    }

    @Override
    public String name() {
        return FeedReason.FOLLOWED_CREATOR.code();
    }

    @Override
    public List<Candidate> candidates(FeedRequest request) {
        long since = request.now().minus(RECENT).toEpochMilli();
        List<Candidate> found = new ArrayList<>();
        request.taste().followees().stream().limit(MAX_CREATORS).forEach(creator -> {
            int taken = 0;
            for (FeedState.Newest position : state.newestByCreator(creator)) {
                if (taken >= PER_CREATOR || position.publishedMillis() < since) {
                    break;
                }
                var item = state.item(position.id()).orElse(null);
                if (item != null && !request.excluded(item)) {
                    double ageDays = (request.now().toEpochMilli() - position.publishedMillis()) / 86_400_000.0;
                    found.add(new Candidate(item.id(), FeedReason.FOLLOWED_CREATOR, Math.exp(-ageDays / 7)));
                    taken++;
                }
            }
        });
        return found;
    }
}
