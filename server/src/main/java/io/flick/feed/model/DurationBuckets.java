package io.flick.feed.model;

/**
 * Long-view rates by duration band, over every view: the prior a video's own rate is smoothed
 * towards. Without it a new 5 s clip and a new 60 s clip would start equal, though people finish
 * them at very different rates.
 */
final class DurationBuckets {

    private static final double[] UPPER_BOUNDS = {7, 15, 30, 60, 120, Double.MAX_VALUE};
    private static final double PRIOR_VIEWS = 50;
    private static final double PRIOR_RATE = 0.3;

    private final long[] views = new long[UPPER_BOUNDS.length];
    private final long[] longViews = new long[UPPER_BOUNDS.length];

    static int bucket(double durationSeconds) {
        for (int i = 0; i < UPPER_BOUNDS.length; i++) {
            if (durationSeconds < UPPER_BOUNDS[i]) {
                return i;
            }
        }
        return UPPER_BOUNDS.length - 1;
    }

    synchronized void record(double durationSeconds, boolean longView) {
        int b = bucket(durationSeconds);
        views[b]++;
        if (longView) {
            longViews[b]++;
        }
    }

    /** The long-view rate of videos of this length, itself smoothed so that an empty band answers 0.3. */
    public synchronized double longViewRate(double durationSeconds) {
        int b = bucket(durationSeconds);
        return (longViews[b] + PRIOR_RATE * PRIOR_VIEWS) / (views[b] + PRIOR_VIEWS);
    }
}
