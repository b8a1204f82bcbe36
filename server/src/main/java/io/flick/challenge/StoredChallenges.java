package io.flick.challenge;

import static io.flick.shared.Utc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.shared.ChallengeId;
import io.flick.shared.Cursor;
import io.flick.shared.Keyset;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.Utc;
import io.flick.shared.VideoId;

/** Challenges, and the per-challenge counts shown with them. */
@Repository
class StoredChallenges {

    private static final String COLUMNS = "id, hashtag, title, description, rules, starts_at, ends_at, sound_id, "
            + "cover_video_id, creator_id, created_at, frozen_at";

    private final JdbcClient jdbc;

    StoredChallenges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the challenge unless another one of its hashtag has an overlapping window. A transaction-scoped
     * advisory lock on the hashtag makes the check and the insert one step for concurrent creators.
     *
     * @return false when the window overlaps another challenge's
     */
    boolean addUnlessOverlapping(ChallengeRow row) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('challenge:' || :tag, 0))")
                .param("tag", row.hashtag()).query().singleRow();
        boolean overlaps = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM challenge.challenges
                                        WHERE hashtag = :tag AND starts_at < :ends AND ends_at > :starts)""")
                .param("tag", row.hashtag()).param("starts", utc(row.startsAt())).param("ends", utc(row.endsAt()))
                .query(Boolean.class).single();
        if (overlaps) {
            return false;
        }
        jdbc.sql("INSERT INTO challenge.challenges (" + COLUMNS + ") VALUES (:id, :tag, :title, :description, :rules, "
                        + ":starts, :ends, :sound, :cover, :creator, :created, NULL)")
                .param("id", row.id().value()).param("tag", row.hashtag()).param("title", row.title())
                .param("description", row.description()).param("rules", row.rules())
                .param("starts", utc(row.startsAt())).param("ends", utc(row.endsAt()))
                .param("sound", row.sound() == null ? null : row.sound().value())
                .param("cover", row.cover() == null ? null : row.cover().value())
                .param("creator", row.creator().value()).param("created", utc(row.createdAt())).update();
        return true;
    }

    Optional<ChallengeRow> find(ChallengeId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM challenge.challenges WHERE id = ?").param(id.value())
                .query(StoredChallenges::row).optional();
    }

    /** The challenge of {@code tag} running at {@code now}, else the next one to start, else the last one to end. */
    Optional<ChallengeRow> forHashtag(String tag, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM challenge.challenges WHERE hashtag = :tag ORDER BY "
                        + "CASE WHEN starts_at <= :now AND ends_at > :now THEN 0 WHEN starts_at > :now THEN 1 ELSE 2 END, "
                        + "CASE WHEN starts_at > :now THEN starts_at END, ends_at DESC LIMIT 1")
                .param("tag", tag).param("now", utc(now)).query(StoredChallenges::row).optional();
    }

    /**
     * One page of challenges in a status, without those of {@code hidden} creators: upcoming ones by
     * start (soonest first), active ones by end (ending soonest first), ended ones by end (latest first).
     */
    Slice<ChallengeRow> list(ChallengeRow.Status status, Instant now, Set<Long> hidden, PageRequest page) {
        Keyset keyset = Keyset.of(page, 2);
        String where;
        String order;
        switch (status) {
            case UPCOMING -> {
                where = "starts_at > :now AND " + Keyset.newerThan("starts_at", "id");
                order = "starts_at, id";
            }
            case ACTIVE -> {
                where = "starts_at <= :now AND ends_at > :now AND " + Keyset.newerThan("ends_at", "id");
                order = "ends_at, id";
            }
            default -> {
                where = "ends_at <= :now AND " + Keyset.olderThan("ends_at", "id");
                order = "ends_at DESC, id DESC";
            }
        }
        List<ChallengeRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM challenge.challenges WHERE " + where
                        + " AND NOT creator_id = ANY(:hidden) ORDER BY " + order + " LIMIT :limit")
                .params(keyset.params()).param("now", utc(now)).param("hidden", hidden.toArray(Long[]::new))
                .query(StoredChallenges::row).list();
        return keyset.slice(rows, row -> Cursor.of(status == ChallengeRow.Status.UPCOMING ? row.startsAt() : row.endsAt(),
                row.id().value()));
    }

    /** Entries per challenge (absent ones have none). */
    Map<ChallengeId, Integer> entryCounts(Collection<ChallengeId> ids) {
        Map<ChallengeId, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT challenge_id, count(*) FROM challenge.entries WHERE challenge_id = ANY(:ids) GROUP BY challenge_id")
                .param("ids", ids.stream().map(ChallengeId::value).toArray(Long[]::new))
                .query((rs, n) -> counts.put(new ChallengeId(rs.getLong(1)), rs.getInt(2))).list();
        return counts;
    }

    private static ChallengeRow row(ResultSet rs, int n) throws SQLException {
        long sound = rs.getLong("sound_id");
        SoundId soundId = rs.wasNull() ? null : new SoundId(sound);
        long cover = rs.getLong("cover_video_id");
        VideoId coverId = rs.wasNull() ? null : new VideoId(cover);
        return new ChallengeRow(new ChallengeId(rs.getLong("id")), rs.getString("hashtag"), rs.getString("title"),
                rs.getString("description"), rs.getString("rules"), Utc.instant(rs, "starts_at"), Utc.instant(rs, "ends_at"),
                soundId, coverId, new UserId(rs.getLong("creator_id")), Utc.instant(rs, "created_at"),
                rs.getObject("frozen_at") == null ? null : Utc.instant(rs, "frozen_at"));
    }
}
