package io.flick.bench.feed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock, set by the harness: to the end of the training window before it asks for recommendations. */
public final class ReplayClock extends Clock {

    private volatile Instant now = Instant.now();

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /**
     * Registers the replay clock, only for a server that names this class among its sources (the feed
     * evaluation does). Deliberately not a {@code @Configuration}: this module lives under
     * {@code io.flick}, which the application scans, so any server started from its classpath (every
     * benchmark) would have picked it up and run on a clock that never ticks. A class with {@code @Bean}
     * methods and no stereotype is processed only when registered explicitly.
     */
    public static class Setup {
        @Bean
        @Primary
        ReplayClock replayClock() {
            return new ReplayClock();
        }
    }
}
