package io.flick.feed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ItemNeighboursTests {

    private static final Instant NOW = InMemoryFeed.NOW;

    private final InMemoryFeed feed = new InMemoryFeed();
    private final FeedState state = feed.state();

    @Test
    void itemsFinishedByTheSamePeopleAreNeighboursByTheCosineOfTheirAudiences() {
        List<Item> items = threeItemsWithOverlappingAudiences();
        Item a = items.get(0);
        Item b = items.get(1);
        Item c = items.get(2);

        Map<Long, Double> ofA = similarities(a.id());
        assertThat(ofA.get(b.id())).isCloseTo(2 / Math.sqrt(4 * 2), within(1e-9));
        assertThat(ofA.get(c.id())).isCloseTo(2 / Math.sqrt(4 * 3), within(1e-9));
        assertThat(similarities(b.id())).containsOnlyKeys(a.id());
        assertThat(state.neighbours(c.id()).stream().map(ItemNeighbours.Neighbour::item)).containsOnly(a.id());
    }

    @Test
    void anItemsNeighbourSharesAreItsSimilaritiesScaledToAddUpToOne() {
        List<Item> items = threeItemsWithOverlappingAudiences();
        Item a = items.get(0);
        Item b = items.get(1);
        Item c = items.get(2);

        Map<Long, Double> shares = new HashMap<>();
        state.forEachNeighbourShare(a.id(), shares::put);

        double toB = 2 / Math.sqrt(4 * 2);
        double toC = 2 / Math.sqrt(4 * 3);
        assertThat(shares).containsOnlyKeys(b.id(), c.id());
        assertThat(shares.get(b.id())).isCloseTo(toB / (toB + toC), within(1e-9));
        assertThat(shares.get(c.id())).isCloseTo(toC / (toB + toC), within(1e-9));
    }

    @Test
    void aLikeAfterAFinishedViewBySamePersonIsCountedOnce() {
        Item a = publish(1);
        Item b = publish(2);
        finish(1, a);
        finish(1, b);
        state.applyLike(1, b.id(), NOW);
        state.applyLike(1, a.id(), NOW);

        assertThat(similarities(a.id()).get(b.id())).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aPersonIsCountedOnceInAPopularItemsAudienceHoweverManyEngagedInBetween() {
        Item popular = publish(1);
        Item other = publish(2);
        finish(1, popular);
        finish(1, other);
        // A crowd finishes the popular item between the first person's view and their like.
        for (long user = 2; user <= 1_000; user++) {
            finish(user, popular);
        }
        state.applyLike(1, popular.id(), NOW);
        state.applyLike(1, other.id(), NOW);

        ItemNeighbours.Neighbour ofOther = state.neighbours(other.id()).getFirst();
        assertThat(ofOther.theirAudience()).isEqualTo(1_000);
        assertThat(ofOther.together()).isEqualTo(1);
    }

    @Test
    void skippedVideosAreNobodysNeighbours() {
        Item a = publish(1);
        Item skipped = publish(2);
        finish(1, a);
        state.applyView(1L, skipped.id(), 1, 0.05, NOW);

        assertThat(state.neighbours(a.id())).isEmpty();
        assertThat(state.neighbours(skipped.id())).isEmpty();
    }

    @Test
    void anItemKeepsItsStrongestNeighboursWithinItsBound() {
        Item hub = publish(1);
        Item strong = publish(2);
        long user = 100;
        // Ten people finish the hub and the strong neighbour…
        for (int i = 0; i < 10; i++, user++) {
            finish(user, strong);
            finish(user, hub);
        }
        // …then a crowd finishes the hub with one-off videos each, far more than the bound.
        for (int i = 0; i < 3 * ItemNeighbours.KEEP; i++, user++) {
            finish(user, publish(1000 + i));
            finish(user, hub);
        }

        List<ItemNeighbours.Neighbour> neighbours = state.neighbours(hub.id());
        assertThat(neighbours).hasSizeLessThanOrEqualTo(2 * ItemNeighbours.KEEP);
        assertThat(similarities(hub.id())).containsKey(strong.id());
        assertThat(state.neighbours(strong.id()).getFirst().item()).isEqualTo(hub.id());
    }

    private Map<Long, Double> similarities(long item) {
        Map<Long, Double> similarities = new HashMap<>();
        state.neighbours(item).forEach(n -> similarities.put(n.item(), n.similarity()));
        return similarities;
    }

    /** a: users 1-4; b: users 1-2; c: users 3-4 and 5. */
    private List<Item> threeItemsWithOverlappingAudiences() {
        Item a = publish(1);
        Item b = publish(2);
        Item c = publish(3);
        for (long user = 1; user <= 4; user++) {
            finish(user, a);
        }
        finish(1, b);
        finish(2, b);
        finish(3, c);
        finish(4, c);
        finish(5, c);
        return List.of(a, b, c);
    }

    private Item publish(long id) {
        return feed.publish(id);
    }

    private void finish(long user, Item item) {
        feed.finish(user, item);
    }
}
