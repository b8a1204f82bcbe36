package io.flick.challenge;

import static io.flick.shared.Utc.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.shared.ChallengeId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/**
 * Entries of challenges with their engagement counters, the signals behind those counters (one per
 * account, kind and entry, so that repeating or redelivering an event counts nothing twice), and the
 * frozen ranks of ended challenges.
 * <p>
 * A signal only moves an entry of a challenge still open at the signal's time ({@code ends_at > at},
 * not frozen), by an account other than the entry's owner that existed when the video entered.
 */
@Repository
class ChallengeEntries {

    /** Entries that the signal of {@code user} at {@code at} may move. */
    private static final String MOVABLE = """
            SELECT e.challenge_id, e.video_id FROM challenge.entries e
              JOIN challenge.challenges c ON c.id = e.challenge_id
             WHERE e.video_id = :video AND e.owner_id <> :user AND e.entered_at >= :joined
               AND c.ends_at > :at AND c.frozen_at IS NULL""";

    private final JdbcClient jdbc;

    ChallengeEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enters the video in every challenge of its hashtags open at {@code at}; entering again changes nothing. */
    void enter(VideoId video, UserId owner, List<String> hashtags, Instant at) {
        if (hashtags.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO challenge.entries (challenge_id, video_id, owner_id, entered_at)
                        SELECT id, :video, :owner, :at FROM challenge.challenges
                         WHERE hashtag = ANY(:tags) AND starts_at <= :at AND ends_at > :at AND frozen_at IS NULL
                        ON CONFLICT DO NOTHING""")
                .param("video", video.value()).param("owner", owner.value()).param("at", utc(at))
                .param("tags", hashtags.toArray(String[]::new)).update();
    }

    /**
     * Takes the video out of the challenges still open at {@code at} whose hashtag is not in
     * {@code keep} (all of them when {@code keep} is empty), with the signals it gathered there.
     */
    void leave(VideoId video, List<String> keep, Instant at) {
        jdbc.sql("""
                        DELETE FROM challenge.entries e USING challenge.challenges c
                         WHERE c.id = e.challenge_id AND e.video_id = :video AND NOT c.hashtag = ANY(:keep)
                           AND c.ends_at > :at AND c.frozen_at IS NULL""")
                .param("video", video.value()).param("keep", keep.toArray(String[]::new)).param("at", utc(at)).update();
    }

    /** A deleted video leaves every challenge (frozen ranks keep their row; boards never show a deleted video). */
    void forget(VideoId video) {
        jdbc.sql("DELETE FROM challenge.entries WHERE video_id = ?").param(video.value()).update();
    }

    /** Counts a like or share once per account; {@code column} is {@code likes} or {@code shares}. */
    void add(Signal kind, VideoId video, UserId user, Instant joined, Instant at) {
        jdbc.sql("WITH movable AS (" + MOVABLE + "), added AS ("
                        + " INSERT INTO challenge.entry_signals (challenge_id, video_id, user_id, kind)"
                        + " SELECT challenge_id, video_id, :user, :kind FROM movable ON CONFLICT DO NOTHING"
                        + " RETURNING challenge_id, video_id)"
                        + " UPDATE challenge.entries e SET " + kind.column + " = " + kind.column + " + 1 FROM added"
                        + " WHERE e.challenge_id = added.challenge_id AND e.video_id = added.video_id")
                .param("video", video.value()).param("user", user.value()).param("joined", utc(joined))
                .param("at", utc(at)).param("kind", kind.code).update();
    }

    /** Takes back a like counted before; nothing for one never counted. */
    void removeLike(VideoId video, UserId user, Instant at) {
        jdbc.sql("""
                        WITH removed AS (
                            DELETE FROM challenge.entry_signals s USING challenge.challenges c
                             WHERE c.id = s.challenge_id AND s.video_id = :video AND s.user_id = :user AND s.kind = 'l'
                               AND c.ends_at > :at AND c.frozen_at IS NULL
                            RETURNING s.challenge_id, s.video_id)
                        UPDATE challenge.entries e SET likes = likes - 1 FROM removed
                         WHERE e.challenge_id = removed.challenge_id AND e.video_id = removed.video_id""")
                .param("video", video.value()).param("user", user.value()).param("at", utc(at)).update();
    }

    /**
     * Counts an account's view once, and its best completion: a better watch adds the difference,
     * a worse or repeated one nothing. The signal row is locked while its gain is added.
     */
    void view(VideoId video, UserId user, Instant joined, Instant at, int completionPermille) {
        List<EntryKey> movable = jdbc.sql(MOVABLE).param("video", video.value()).param("user", user.value())
                .param("joined", utc(joined)).param("at", utc(at))
                .query((rs, n) -> new EntryKey(rs.getLong(1), rs.getLong(2))).list();
        for (EntryKey entry : movable) {
            boolean first = jdbc.sql("""
                            INSERT INTO challenge.entry_signals (challenge_id, video_id, user_id, kind, completion_permille)
                            VALUES (:c, :v, :u, 'v', :p) ON CONFLICT DO NOTHING""")
                    .param("c", entry.challenge()).param("v", entry.video()).param("u", user.value())
                    .param("p", completionPermille).update() == 1;
            if (first) {
                counters(entry, 1, completionPermille);
                continue;
            }
            Optional<Integer> best = jdbc.sql("""
                            SELECT completion_permille FROM challenge.entry_signals
                             WHERE challenge_id = :c AND video_id = :v AND user_id = :u AND kind = 'v' FOR UPDATE""")
                    .param("c", entry.challenge()).param("v", entry.video()).param("u", user.value())
                    .query(Integer.class).optional();
            if (best.isPresent() && best.get() < completionPermille) {
                jdbc.sql("""
                                UPDATE challenge.entry_signals SET completion_permille = :p
                                 WHERE challenge_id = :c AND video_id = :v AND user_id = :u AND kind = 'v'""")
                        .param("c", entry.challenge()).param("v", entry.video()).param("u", user.value())
                        .param("p", completionPermille).update();
                counters(entry, 0, completionPermille - best.get());
            }
        }
    }

    private void counters(EntryKey entry, int views, int completion) {
        jdbc.sql("""
                        UPDATE challenge.entries SET views = views + :views, completion_permille = completion_permille + :gain
                         WHERE challenge_id = :c AND video_id = :v""")
                .param("views", views).param("gain", completion).param("c", entry.challenge()).param("v", entry.video())
                .update();
    }

    /**
     * Freezes an ended challenge's board: the first caller after its end computes the ranks, in the
     * transaction that marks it frozen (a concurrent caller waits on the row and then finds it frozen).
     */
    void freezeIfEnded(ChallengeId challenge, Instant now) {
        int marked = jdbc.sql("UPDATE challenge.challenges SET frozen_at = :now WHERE id = :c AND frozen_at IS NULL AND ends_at <= :now")
                .param("now", utc(now)).param("c", challenge.value()).update();
        if (marked == 1) {
            jdbc.sql("""
                            INSERT INTO challenge.final_ranks (challenge_id, rank, video_id, score)
                            SELECT challenge_id, row_number() OVER (ORDER BY score DESC, entered_at, video_id), video_id, score
                              FROM challenge.entries WHERE challenge_id = :c""")
                    .param("c", challenge.value()).update();
        }
    }

    /** Up to {@code count} places of the board after rank {@code after}: the frozen ranks once frozen, else live ones. */
    List<Place> places(ChallengeId challenge, boolean frozen, long after, int count) {
        String board = frozen
                ? "SELECT rank, score, video_id FROM challenge.final_ranks WHERE challenge_id = :c"
                : "SELECT row_number() OVER (ORDER BY score DESC, entered_at, video_id) AS rank, score, video_id"
                        + " FROM challenge.entries WHERE challenge_id = :c";
        return jdbc.sql("SELECT rank, score, video_id FROM (" + board + ") board WHERE rank > :after ORDER BY rank LIMIT :count")
                .param("c", challenge.value()).param("after", after).param("count", count)
                .query((rs, n) -> new Place(rs.getLong(1), rs.getLong(2), new VideoId(rs.getLong(3)))).list();
    }

    enum Signal {
        LIKE("l", "likes"), SHARE("s", "shares");

        final String code;
        final String column;

        Signal(String code, String column) {
            this.code = code;
            this.column = column;
        }
    }

    record Place(long rank, long score, VideoId video) {
    }

    private record EntryKey(long challenge, long video) {
    }
}
