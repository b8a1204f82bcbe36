package io.flick.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered 63-bit ids: milliseconds since 2025-01-01 in the high 41 bits, 22 low bits that
 * start at a random point each millisecond. Ids from one generator are strictly increasing; two
 * nodes collide only if they pick the same millisecond and the same random start, which the
 * primary keys then refuse. Time order lets cursors page by id alone.
 */
public final class IdGenerator {

    private static final long EPOCH = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    private static final int LOW_BITS = 22;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong last = new AtomicLong();

    public IdGenerator(Clock clock) {
        this.clock = clock;
    }

    public long next() {
        long candidate = ((clock.millis() - EPOCH) << LOW_BITS) | random.nextInt(1 << (LOW_BITS - 1));
        return last.accumulateAndGet(candidate, (previous, fresh) -> Math.max(previous + 1, fresh));
    }
}
