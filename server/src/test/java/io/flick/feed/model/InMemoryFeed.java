package io.flick.feed.model;

import java.time.Instant;
import java.util.List;

/**
 * A feed state without a server, for tests of the model and of the sources that read it: items of
 * one hashtag, 20 s long, each by its own creator, and views to the end.
 */
public final class InMemoryFeed {

    public static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    private final FeedState state = new FeedState(4);

    public FeedState state() {
        return state;
    }

    public Item publish(long id) {
        Item item = new Item(id, 10_000 + id, 0, List.of("tag"), 20, NOW.minusSeconds(3600), true, null);
        state.applyPublished(item);
        return item;
    }

    public void finish(long user, Item item) {
        state.applyView(user, item.id(), item.durationSeconds(), 1.0, NOW);
    }
}
