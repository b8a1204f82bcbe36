package io.flick.feed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An edited item moves between hashtag indexes; a deleted one leaves every index a source reads. */
class FeedStateLifecycleTests {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void anEditedItemLeavesItsOldHashtagsAndJoinsItsNewOnesWithItsNewPrivacy() {
        FeedState state = new FeedState(4);
        state.applyPublished(item(1, List.of("dance", "fyp"), true));
        state.applyPublished(item(2, List.of("dance"), true));

        state.applyEdited(item(1, List.of("fyp", "cooking"), false));

        assertThat(state.newestWithHashtag("dance", 10)).containsExactly(2L);
        assertThat(state.newestWithHashtag("fyp", 10)).containsExactly(1L);
        assertThat(state.newestWithHashtag("cooking", 10)).containsExactly(1L);
        assertThat(state.item(1).orElseThrow().isPublic()).isFalse();
    }

    @Test
    void anEditOfAnItemTheStateDoesNotHaveAddsNothing() {
        FeedState state = new FeedState(4);

        state.applyEdited(item(9, List.of("ghost"), true));

        assertThat(state.item(9)).isEmpty();
        assertThat(state.newestWithHashtag("ghost", 10)).isEmpty();
    }

    @Test
    void aDeletedItemIsInNoIndexAndItsLaterSignalsAreIgnored() {
        FeedState state = new FeedState(4);
        state.applyPublished(item(1, List.of("dance"), true));
        state.applyPublished(item(2, List.of("dance"), true));

        state.applyDeleted(1);
        state.applyView(5L, 1, 3, 1, AT);
        state.applyLike(5L, 1, AT);

        assertThat(state.item(1)).isEmpty();
        assertThat(state.newestWithHashtag("dance", 10)).containsExactly(2L);
        assertThat(state.newestBy(100, 10)).containsExactly(2L);
        assertThat(state.newestWithSound(7, 10)).containsExactly(2L);
        assertThat(state.newest()).extracting(FeedState.Newest::id).containsExactly(2L);
        assertThat(state.size()).isEqualTo(1);
    }

    private static Item item(long id, List<String> hashtags, boolean isPublic) {
        return new Item(id, 100, 7, hashtags, 10, AT.plusSeconds(id), isPublic, new float[] {1, 0, 0, 0});
    }
}
