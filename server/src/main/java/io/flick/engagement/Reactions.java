package io.flick.engagement;

import static io.flick.shared.Utc.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.shared.Cursor;
import io.flick.shared.Keyset;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.Utc;
import io.flick.shared.VideoId;
import io.flick.video.VideoVisibility.VisibleVideo;

/**
 * Likes and saves: one table each with the same shape, named by {@link Kind}. Adding or removing a
 * row appends the matching counter delta in the same statement's transaction.
 */
@Repository
class Reactions {

    enum Kind {
        LIKE("engagement.likes", "likes"), SAVE("engagement.saves", "saves");

        final String table;
        final String counter;

        Kind(String table, String counter) {
            this.table = table;
            this.counter = counter;
        }
    }

    private final JdbcClient jdbc;

    Reactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the reaction is new (and so was counted) */
    boolean add(Kind kind, VisibleVideo video, UserId user, Instant now) {
        boolean added = jdbc.sql("INSERT INTO " + kind.table + " (video_id, user_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(video.id().value(), user.value(), utc(now)).update() == 1;
        if (added) {
            delta(kind, video, +1);
        }
        return added;
    }

    boolean remove(Kind kind, VisibleVideo video, UserId user) {
        boolean removed = jdbc.sql("DELETE FROM " + kind.table + " WHERE video_id = ? AND user_id = ?")
                .params(video.id().value(), user.value()).update() == 1;
        if (removed) {
            delta(kind, video, -1);
        }
        return removed;
    }

    /** The flushed count plus the deltas not flushed yet: exact at the moment of asking. */
    long count(Kind kind, VideoId video) {
        return jdbc.sql("SELECT COALESCE((SELECT " + kind.counter + " FROM engagement.video_counters WHERE video_id = :v), 0)"
                        + " + COALESCE((SELECT sum(" + kind.counter + ") FROM engagement.counter_deltas WHERE video_id = :v), 0)")
                .param("v", video.value()).query(Long.class).single();
    }

    Set<VideoId> reactedTo(Kind kind, UserId user, Collection<VideoId> videos) {
        if (videos.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT video_id FROM " + kind.table + " WHERE user_id = ? AND video_id = ANY(?)")
                .params(user.value(), videos.stream().map(VideoId::value).toArray(Long[]::new))
                .query((rs, row) -> new VideoId(rs.getLong(1))).list());
    }

    /** {@code user}'s reactions, newest first. */
    Slice<Entry> byUser(Kind kind, UserId user, PageRequest page) {
        Keyset keyset = Keyset.of(page, 2);
        return keyset.slice(jdbc.sql("SELECT video_id, created_at FROM " + kind.table + " WHERE user_id = :user"
                        + " AND " + Keyset.olderThan("created_at", "video_id")
                        + " ORDER BY created_at DESC, video_id DESC LIMIT :limit")
                .param("user", user.value())
                .params(keyset.params())
                .query((rs, row) -> new Entry(new VideoId(rs.getLong("video_id")),
                        Utc.instant(rs, "created_at")))
                .list(), Entry::cursor);
    }

    /** Like deltas carry the creator (and whether the video is public), for the creator's profile counts. */
    private void delta(Kind kind, VisibleVideo video, int delta) {
        boolean like = kind == Kind.LIKE;
        jdbc.sql("INSERT INTO engagement.counter_deltas (video_id, owner_id, owner_public, " + kind.counter + ") VALUES (?, ?, ?, ?)")
                .params(video.id().value(), like ? video.owner().value() : null, like && video.publicVideo(), delta).update();
    }

    record Entry(VideoId video, Instant at) {

        Cursor cursor() {
            return Cursor.of(at, video.value());
        }
    }

    /** A deleted video's likes and saves go with it. */
    void forget(VideoId video) {
        jdbc.sql("DELETE FROM engagement.likes WHERE video_id = ?").param(video.value()).update();
        jdbc.sql("DELETE FROM engagement.saves WHERE video_id = ?").param(video.value()).update();
    }
}
