package io.flick.engagement;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.flick.account.ProfileCounters;
import io.flick.platform.PeriodicWork;

/**
 * Folds counter deltas into {@code video_counters} (and likes received into creators' profiles),
 * a batch at a time, every half second ({@link VideoCounters#fold}). Counts are visible well within the 5 seconds allowed; at a
 * restart, deltas left by a crash are simply folded in.
 */
@Component
class CounterFlusher extends PeriodicWork {

    private static final Duration PERIOD = Duration.ofMillis(500);
    private static final int BATCH = 20_000;

    private final VideoCounters videoCounters;
    private final TransactionTemplate transaction;
    private final ProfileCounters counters;

    CounterFlusher(VideoCounters videoCounters, TransactionTemplate transaction, ProfileCounters counters) {
        super("counter-flusher", Duration.ZERO, PERIOD, "Folding counter deltas failed; the deltas stay and the next round retries");
        this.videoCounters = videoCounters;
        this.transaction = transaction;
        this.counters = counters;
    }

    @Override
    protected void round() {
        flush();
    }

    /** @return deltas folded */
    int flush() {
        int total = 0;
        int folded;
        do {
            Integer round = transaction.execute(status -> foldBatch());
            folded = round == null ? 0 : round;
            total += folded;
        } while (folded == BATCH);
        return total;
    }

    /** One batch folded, and the likes each creator received go to the creators' profiles in the same transaction. */
    private int foldBatch() {
        VideoCounters.Folded folded = videoCounters.fold(BATCH);
        folded.likesReceived().forEach(owner -> counters.likesReceived(owner.creator(), owner.likes(), owner.publicLikes()));
        return folded.deltas();
    }
}
