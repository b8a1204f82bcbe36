package io.flick.feed.model;

import java.time.Duration;

import io.flick.feed.Watch;

/**
 * What viewers did with one video: lifetime counts for its quality estimates and fading counts
 * (six-hour time constant, seed 001's trending window) for its velocity. Guarded by its own lock;
 * writers are one event at a time and readers take a consistent snapshot.
 */
public final class ItemStats {

    static final double TREND_TAU_MILLIS = Duration.ofHours(6).toMillis();

    private long served;
    private long views;
    private long longViews;
    private long skips;
    private long likes;
    private long shares;
    private long dismissals;
    private final Decayed recentViews = new Decayed(TREND_TAU_MILLIS);
    private final Decayed recentLikes = new Decayed(TREND_TAU_MILLIS);
    private final Decayed recentShares = new Decayed(TREND_TAU_MILLIS);
    private long lastEventMillis;

    synchronized void served() {
        served++;
    }

    synchronized void viewed(Watch watch, long atMillis) {
        views++;
        if (watch == Watch.LONG) {
            longViews++;
        } else if (watch == Watch.SKIP) {
            skips++;
        }
        recentViews.add(1, atMillis);
        lastEventMillis = Math.max(lastEventMillis, atMillis);
    }

    synchronized void liked(long atMillis) {
        likes++;
        recentLikes.add(1, atMillis);
        lastEventMillis = Math.max(lastEventMillis, atMillis);
    }

    synchronized void shared(long atMillis) {
        shares++;
        recentShares.add(1, atMillis);
        lastEventMillis = Math.max(lastEventMillis, atMillis);
    }

    synchronized void dismissed() {
        dismissals++;
    }

    public synchronized Snapshot snapshot(long nowMillis) {
        return new Snapshot(served, views, longViews, skips, likes, shares, dismissals,
                recentViews.valueAt(nowMillis), recentLikes.valueAt(nowMillis), recentShares.valueAt(nowMillis),
                lastEventMillis);
    }

    /** One consistent reading; the {@code recent…} counts are the faded ones. */
    public record Snapshot(long served, long views, long longViews, long skips, long likes, long shares, long dismissals,
                           double recentViews, double recentLikes, double recentShares, long lastEventMillis) {

        static final Snapshot NONE = new Snapshot(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** Long-view rate pulled towards {@code prior} until the video has a few dozen views of its own. */
        public double longViewRate(double prior) {
            return (longViews + prior * 20) / (views + 20);
        }

        public double likeRate(double prior) {
            return (likes + prior * 50) / (views + 50);
        }

        public double shareRate(double prior) {
            return (shares + prior * 100) / (views + 100);
        }

        public double skipRate() {
            return (skips + 0.3 * 20) / (views + 20.0);
        }
    }
}
