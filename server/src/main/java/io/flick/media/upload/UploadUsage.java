package io.flick.media.upload;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an account's uploads hold against its quotas: the uploads still open, and those started in
 * the last day, each with its declared size and the time it stops counting.
 */
public record UploadUsage(List<Held> open, List<Held> today) {

    public record Held(long bytes, Instant until) {
    }

    static long bytes(List<Held> held) {
        return held.stream().mapToLong(Held::bytes).sum();
    }

    /**
     * When one more upload of {@code bytes} fits under {@code maxCount} and {@code maxBytes}, as the
     * uploads in {@code held} stop counting one by one; empty if it never will.
     */
    static Optional<Instant> roomAt(List<Held> held, int maxCount, long maxBytes, long bytes) {
        if (bytes > maxBytes || maxCount < 1) {
            return Optional.empty();
        }
        var soonestFirst = held.stream().sorted(Comparator.comparing(Held::until)).toList();
        int count = soonestFirst.size();
        long total = bytes(soonestFirst);
        for (Held leaving : soonestFirst) {
            count--;
            total -= leaving.bytes();
            if (count < maxCount && total + bytes <= maxBytes) {
                return Optional.of(leaving.until());
            }
        }
        return Optional.empty();
    }
}
