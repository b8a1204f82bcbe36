package io.flick.feed.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The precomputed lists: trending (seed 001's score), popular (all-time), and the fresh pool of new
 * videos still earning their first audience. {@link #refresh} keeps them current incrementally:
 * it rescores the previous top, the items engaged with since the last refresh and the items young
 * enough to be fresh, never every video. That is enough because a video's scores only fall while
 * nobody engages with it. Readers get immutable lists.
 */
public final class Charts {

    public static final int SIZE = 1000;
    /** Every new video is shown to at least this many viewers before its numbers decide. */
    public static final int FIRST_AUDIENCE = 100;
    /** Views after which its early long-view rate decides whether it earns a wider audience. */
    public static final int EARLY_VIEWS = 20;
    /** A video that earned it stays in the pool until this many impressions. */
    public static final int EARNED_AUDIENCE = 1000;

    private final FeedState state;
    private final Duration freshWindow;
    private volatile Chart trending = new Chart(List.of(), null);
    private volatile List<Scored> popular = List.of();
    private volatile List<Long> fresh = List.of();

    public Charts(FeedState state, Duration freshWindow) {
        this.state = state;
        this.freshWindow = freshWindow;
    }

    public record Scored(long id, double score) {
    }

    /** The trending chart's entries, best first, and the time they were computed for (null before the first refresh). */
    public record Chart(List<Scored> entries, Instant at) {
    }

    public List<Scored> trending() {
        return trending.entries();
    }

    /** The trending chart with its time, read together. */
    public Chart trendingChart() {
        return trending;
    }

    public List<Scored> popular() {
        return popular;
    }

    /** New videos that still get exploration slots, those with the smallest audience first. */
    public List<Long> fresh() {
        return fresh;
    }

    public synchronized void refresh(Instant now) {
        long nowMillis = now.toEpochMilli();
        Set<Long> candidates = new HashSet<>(state.drainTouched());
        trending.entries().forEach(s -> candidates.add(s.id()));
        popular.forEach(s -> candidates.add(s.id()));
        List<Item> young = young(now);
        young.forEach(item -> candidates.add(item.id()));

        List<Scored> newTrending = new ArrayList<>();
        List<Scored> newPopular = new ArrayList<>();
        for (long id : candidates) {
            Item item = state.item(id).orElse(null);
            if (item == null || !item.isPublic()) {
                continue;
            }
            ItemStats.Snapshot stats = state.stats(id, nowMillis);
            double trend = trendingScore(item, stats, now, state.longViewPrior(item.durationSeconds()));
            if (trend > 0) {
                newTrending.add(new Scored(id, trend));
            }
            double all = popularity(stats);
            if (all > 0) {
                newPopular.add(new Scored(id, all));
            }
        }
        trending = new Chart(top(newTrending), now);
        popular = top(newPopular);
        fresh = freshPool(young, nowMillis);
    }

    /**
     * Seed 001: engagement velocity (views 1, likes 10, shares 50, per hour over a fading six-hour
     * window) × quality (half completion, half share rate × 100) × (1 + recency boost, e^(−age/24 h)).
     */
    public static double trendingScore(Item item, ItemStats.Snapshot stats, Instant now, double longViewPrior) {
        double velocity = (stats.recentViews() + 10 * stats.recentLikes() + 50 * stats.recentShares()) / 6.0;
        double shareRate = stats.views() == 0 ? 0 : (double) stats.shares() / stats.views();
        double quality = stats.longViewRate(longViewPrior) * 0.5 + Math.min(1, shareRate * 100) * 0.5;
        double ageHours = Math.max(0, Duration.between(item.publishedAt(), now).toMillis() / 3_600_000.0);
        return velocity * quality * (1 + Math.exp(-ageHours / 24));
    }

    /** All-time: what people did with it, finished views weighing most among views. */
    public static double popularity(ItemStats.Snapshot stats) {
        return stats.longViews() + 0.2 * (stats.views() - stats.longViews()) + 10 * stats.likes() + 50 * stats.shares();
    }

    private List<Item> young(Instant now) {
        long since = now.minus(freshWindow).toEpochMilli();
        List<Item> young = new ArrayList<>();
        for (FeedState.Newest position : state.newest()) {
            if (position.publishedMillis() < since) {
                break;
            }
            state.item(position.id()).filter(Item::isPublic).ifPresent(young::add);
        }
        return young;
    }

    /**
     * Seed 003's first exposure: every new video gets a first audience; after its early views, one
     * that people finish at least as often as others of its length earns a wider one, the rest fade.
     */
    private List<Long> freshPool(List<Item> young, long nowMillis) {
        record Entry(long id, long served) {
        }
        List<Entry> pool = new ArrayList<>();
        for (Item item : young) {
            ItemStats.Snapshot stats = state.stats(item.id(), nowMillis);
            double prior = state.longViewPrior(item.durationSeconds());
            boolean decided = stats.views() >= EARLY_VIEWS;
            boolean earned = decided && stats.longViewRate(prior) >= prior;
            long audience = Math.max(stats.served(), stats.views());
            if (audience < FIRST_AUDIENCE && !(decided && !earned) || earned && audience < EARNED_AUDIENCE) {
                pool.add(new Entry(item.id(), audience));
            }
        }
        pool.sort(Comparator.comparingLong(Entry::served));
        return pool.stream().limit(SIZE).map(Entry::id).toList();
    }

    private static List<Scored> top(List<Scored> scored) {
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return List.copyOf(scored.subList(0, Math.min(SIZE, scored.size())));
    }
}
