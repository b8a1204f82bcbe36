package io.flick.feed.model;

/**
 * A count that fades exponentially with a time constant, kept as its value at one moment. Adding
 * and reading are O(1), so a velocity ("likes per hour lately") is maintained from events without
 * ever re-reading them. Events may arrive slightly out of order; an older one simply counts less.
 */
final class Decayed {

    private final double tauMillis;
    private double value;
    private long at;

    Decayed(double tauMillis) {
        this.tauMillis = tauMillis;
    }

    void add(double weight, long atMillis) {
        if (atMillis >= at) {
            value = value * Math.exp(-(atMillis - at) / tauMillis) + weight;
            at = atMillis;
        } else {
            value += weight * Math.exp(-(at - atMillis) / tauMillis);
        }
    }

    double valueAt(long nowMillis) {
        return nowMillis <= at ? value : value * Math.exp(-(nowMillis - at) / tauMillis);
    }
}
