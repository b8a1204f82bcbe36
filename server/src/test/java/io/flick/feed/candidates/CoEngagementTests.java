package io.flick.feed.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.flick.feed.model.FeedState;
import io.flick.feed.model.InMemoryFeed;
import io.flick.feed.model.Item;

class CoEngagementTests {

    private static final long VIEWER = 1;

    private final InMemoryFeed feed = new InMemoryFeed();
    private final FeedState state = feed.state();
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

        List<Candidate> candidates = source.candidates(new FeedRequest(VIEWER, state.taste(VIEWER), Set.of(), InMemoryFeed.NOW));

        // Each interest gets one vote to share: the niche one's only neighbour gets all of it.
        assertThat(candidates.getFirst().item()).isEqualTo(nicheNeighbour.id());
        assertThat(candidates).extracting(Candidate::item)
                .containsExactlyInAnyOrder(nicheNeighbour.id(), alsoMainstream.id(), alsoMainstreamToo.id());
    }

    private Item publish(long id) {
        return feed.publish(id);
    }

    private void finish(long user, Item item) {
        feed.finish(user, item);
    }
}
