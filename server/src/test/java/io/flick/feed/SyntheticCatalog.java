package io.flick.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.flick.feed.model.Item;
import io.flick.feed.signals.FeedItems;
import io.flick.feed.signals.FeedSignals;
import io.flick.feed.signals.Signal;

/**
 * Videos and people made up for recommender tests, entered through the feed's real entry points
 * (catalogue and signals). Ids come from a range no real row uses, so tests sharing the server
 * do not meet each other's data except through the shared charts.
 */
final class SyntheticCatalog {

    private static final AtomicLong NEXT_ID = new AtomicLong(7_000_000_000_000L);

    private final FeedItems catalog;
    private final FeedSignals signals;

    SyntheticCatalog(FeedItems catalog, FeedSignals signals) {
        this.catalog = catalog;
        this.signals = signals;
    }

    static long newId() {
        return NEXT_ID.incrementAndGet();
    }

    Item publish(long creator, long sound, List<String> hashtags, String caption, double seconds, Instant at) {
        Item item = new Item(newId(), creator, sound, hashtags, seconds, at, true, null);
        catalog.add(List.of(new FeedItems.Published(item, caption + " " + String.join(" ", hashtags))));
        return item;
    }

    /** {@code count} videos on a topic by {@code creators} different creators, published over the last days. */
    List<Item> topic(String tag, String caption, int count, int creators, Instant now) {
        long firstCreator = newId();
        for (int i = 1; i < creators; i++) {
            newId();
        }
        long sound = newId();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(publish(firstCreator + i % creators, sound + i % 7, List.of(tag), caption + " part " + i, 20 + i % 30,
                    now.minus(Duration.ofHours(30 + i))));
        }
        return items;
    }

    void watch(long user, Item item, boolean toTheEnd, Instant at) {
        signals.record(Signal.view(user, item.id(), toTheEnd ? item.durationSeconds() : 1, toTheEnd ? 1 : 0.05, at));
    }

    void like(long user, Item item, Instant at) {
        signals.record(Signal.of(SignalKind.LIKE, user, item.id(), at));
    }
}
