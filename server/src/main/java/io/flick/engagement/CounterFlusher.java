package io.flick.engagement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.flick.account.ProfileCounters;
import io.flick.platform.PeriodicWork;
import io.flick.shared.UserId;

/**
 * Folds counter deltas into {@code video_counters} (and likes received into creators' profiles),
 * a batch at a time, every half second: one statement takes (and locks, skipping rows another node
 * is folding) the oldest deltas, deletes them and adds their sums per video. Counts are visible well within the 5 seconds allowed; at a
 * restart, deltas left by a crash are simply folded in.
 */
@Component
class CounterFlusher extends PeriodicWork {

    private static final Duration PERIOD = Duration.ofMillis(500);
    private static final int BATCH = 20_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ProfileCounters counters;

    CounterFlusher(JdbcClient jdbc, TransactionTemplate transaction, ProfileCounters counters) {
        super("counter-flusher", Duration.ZERO, PERIOD, "Folding counter deltas failed; the deltas stay and the next round retries");
        this.jdbc = jdbc;
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

    /**
     * One statement takes a batch of deltas, adds their sums to the video counters and answers the
     * likes each creator received; those go to the creators' profiles in the same transaction.
     */
    private int foldBatch() {
        List<Map<String, Object>> rows = jdbc.sql("""
                WITH batch AS (
                    DELETE FROM engagement.counter_deltas WHERE id IN (
                        SELECT id FROM engagement.counter_deltas ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED)
                    RETURNING video_id, owner_id, owner_public, likes, saves, shares, views, comments),
                sums AS (
                    SELECT video_id, sum(likes) AS likes, sum(saves) AS saves, sum(shares) AS shares, sum(views) AS views,
                           sum(comments) AS comments, count(*) AS n
                    FROM batch GROUP BY video_id),
                applied AS (
                    INSERT INTO engagement.video_counters (video_id, likes, saves, shares, views, comments, updated_at)
                    SELECT video_id, likes, saves, shares, views, comments, now() FROM sums
                    ON CONFLICT (video_id) DO UPDATE SET likes = video_counters.likes + EXCLUDED.likes,
                        saves = video_counters.saves + EXCLUDED.saves, shares = video_counters.shares + EXCLUDED.shares,
                        views = video_counters.views + EXCLUDED.views,
                        comments = video_counters.comments + EXCLUDED.comments, updated_at = EXCLUDED.updated_at),
                owners AS (
                    SELECT owner_id, sum(likes) AS likes, COALESCE(sum(likes) FILTER (WHERE owner_public), 0) AS public_likes
                    FROM batch WHERE owner_id IS NOT NULL GROUP BY owner_id)
                SELECT owner_id, likes, public_likes, (SELECT COALESCE(sum(n), 0) FROM sums) AS folded FROM owners
                UNION ALL SELECT NULL, 0, 0, (SELECT COALESCE(sum(n), 0) FROM sums)""")
                .param("batch", BATCH).query().listOfRows();
        int folded = 0;
        for (Map<String, Object> row : rows) {
            folded = ((Number) row.get("folded")).intValue();
            Object owner = row.get("owner_id");
            long likes = ((Number) row.get("likes")).longValue();
            long publicLikes = ((Number) row.get("public_likes")).longValue();
            if (owner != null && (likes != 0 || publicLikes != 0)) {
                counters.likesReceived(new UserId(((Number) owner).longValue()), likes, publicLikes);
            }
        }
        return folded;
    }
}
