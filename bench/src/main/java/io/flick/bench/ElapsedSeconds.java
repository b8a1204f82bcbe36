package io.flick.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A measured duration that a benchmark is willing to report: strictly positive. A zero or negative
 * one means the measurement is broken, not fast (a server clock that does not tick once made the
 * transcoding benchmark print "playable after -324.6 s"), so the run fails instead of writing it.
 */
public final class ElapsedSeconds {

    /** Seconds from {@code from} to {@code to}; fails the run unless positive. */
    public static double between(String what, Instant from, Instant to) {
        return positive(what, Duration.between(from, to).toNanos() / 1e9);
    }

    /** {@code seconds} itself; fails the run unless positive. */
    public static double positive(String what, double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s measured %.3f s, which is not a duration: the measurement is broken (does the server's clock tick?)",
                    what, seconds));
        }
        return seconds;
    }

    private ElapsedSeconds() {
    }
}
