package io.flick.feed;

/**
 * How a view went. A long view is KuaiRand's definition, which also suits clips up to a minute: the
 * whole video when it is at most 18 s long, otherwise at least 18 s of it. It is duration-aware on
 * purpose: "watched to the end" alone rewards short clips. A skip is leaving within the first
 * quarter and the first 3 seconds.
 */
public enum Watch {
    LONG, PARTIAL, SKIP;

    static final double LONG_VIEW_SECONDS = 18;

    public static Watch of(double watchSeconds, double completion, double durationSeconds) {
        if (completion >= 0.95 || watchSeconds >= LONG_VIEW_SECONDS
                || (durationSeconds > 0 && watchSeconds >= durationSeconds * 0.95)) {
            return LONG;
        }
        if (completion < 0.25 && watchSeconds < 3) {
            return SKIP;
        }
        return PARTIAL;
    }
}
