package io.flick.bench.feedload;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Weighted sampling among items ordered by publication time, restricted to a time range: "a video
 * of this topic published before the moment of the view (and after three days before it)". Prefix
 * sums of the weights make any contiguous range samplable in O(log n), which an alias table cannot
 * do; the range is a contiguous run because the items are in time order.
 */
final class TimedSampler {

    private final int[] items;
    private final long[] times;
    private final double[] cumulative;

    /**
     * @param items   item indexes, in ascending publication time
     * @param times   their publication times (epoch millis), ascending
     * @param weights their weights (popularity), positive
     */
    TimedSampler(int[] items, long[] times, double[] weights) {
        this.items = items;
        this.times = times;
        this.cumulative = new double[items.length];
        double sum = 0;
        for (int i = 0; i < items.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Weighted sampling without time: every item is always eligible. */
    static TimedSampler untimed(int[] items, double[] weights) {
        return new TimedSampler(items, new long[items.length], weights);
    }

    /** Any item, by weight; -1 when there is none. */
    int sample(SplittableRandom random) {
        return sample(Long.MIN_VALUE, Long.MAX_VALUE, random);
    }

    /** An item published in [from, until), by weight; -1 when there is none. */
    int sample(long from, long until, SplittableRandom random) {
        int lo = firstAtOrAfter(from);
        int hi = firstAtOrAfter(until);
        if (lo >= hi) {
            return -1;
        }
        double below = lo == 0 ? 0 : cumulative[lo - 1];
        double target = below + random.nextDouble() * (cumulative[hi - 1] - below);
        int found = Arrays.binarySearch(cumulative, lo, hi, target);
        int position = found >= 0 ? found : -found - 1;
        return items[Math.min(position, hi - 1)];
    }

    private int firstAtOrAfter(long time) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
