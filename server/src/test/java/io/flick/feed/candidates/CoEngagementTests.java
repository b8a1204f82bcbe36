package io.flick.feed.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.flick.feed.model.FeedState;
import io.flick.feed.model.Item;

class CoEngagementTests {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final long VIEWER = 1;

    private final FeedState state = new FeedState(4);
    private final CoEngagement source = new CoEngagement(state);

    @Test
    void aNicheInterestsNeighbourIsNotDrownedByAPopularInterestsStrongerNeighbours() {
        Item mainstream = publish(1);
        Item alsoMainstream = publish(2);
        Item alsoMainstreamToo = publish(3);
        Item niche = publish(4);
        Item nicheNeighbour = publish(5);
        // Forty people finish the mainstream video and both of its companions: very strong neighbours.
        for (long user = 100; user < 140; user++) {
            finish(user, mainstream);
            finish(user, alsoMainstream);
            finish(user, alsoMainstreamToo);
        }
        // One other person shares the viewer's niche interest and finished one more niche video.
        finish(200, niche);
        finish(200, nicheNeighbour);
        finish(VIEWER, mainstream);
        finish(VIEWER, niche);

        List<Candidate> candidates = source.candidates(new FeedRequest(VIEWER, state.taste(VIEWER), Set.of(), NOW));

        // Each interest gets one vote to share: the niche one's only neighbour gets all of it.
        assertThat(candidates.getFirst().item()).isEqualTo(nicheNeighbour.id());
        assertThat(candidates).extracting(Candidate::item)
                .containsExactlyInAnyOrder(nicheNeighbour.id(), alsoMainstream.id(), alsoMainstreamToo.id());
    }

    private Item publish(long id) {
        Item item = new Item(id, 10_000 + id, 0, List.of("tag"), 20, NOW.minusSeconds(3600), true, null);
        state.applyPublished(item);
        return item;
    }

    private void finish(long user, Item item) {
        state.applyView(user, item.id(), item.durationSeconds(), 1.0, NOW);
    }
}
