package io.flick.platform;

import java.time.Duration;

/**
 * A named budget: at most {@code capacity} actions per {@code period} per key, refilled gradually.
 */
public record RateLimit(String name, long capacity, Duration period) {

    public RateLimit {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a positive capacity and period");
        }
    }
}
