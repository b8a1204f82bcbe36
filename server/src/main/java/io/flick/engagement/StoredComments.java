package io.flick.engagement;

import static io.flick.shared.Utc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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

/** Comments and their likes, as collections. */
@Repository
class StoredComments {

    private static final String COLUMNS = "id, video_id, user_id, parent_id, text, like_count, reply_count, created_at";
    private final JdbcClient jdbc;

    StoredComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(CommentRow comment) {
        jdbc.sql("INSERT INTO engagement.comments (id, video_id, user_id, parent_id, text, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(comment.id(), comment.video().value(), comment.author().value(), comment.parentId(), comment.text(),
                        utc(comment.createdAt()))
                .update();
        if (comment.parentId() != null) {
            jdbc.sql("UPDATE engagement.comments SET reply_count = reply_count + 1 WHERE id = ?").param(comment.parentId()).update();
        }
        jdbc.sql("INSERT INTO engagement.counter_deltas (video_id, comments) VALUES (?, 1)").param(comment.video().value()).update();
    }

    Optional<CommentRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM engagement.comments WHERE id = ? AND deleted_at IS NULL")
                .param(id).query(StoredComments::map).optional();
    }

    /** Soft-deletes a comment and, for a top-level one, its replies; the video's count drops by as many. */
    void delete(CommentRow comment, Instant now) {
        int removed = jdbc.sql("""
                UPDATE engagement.comments SET deleted_at = ? WHERE deleted_at IS NULL AND (id = ? OR parent_id = ?)""")
                .params(utc(now), comment.id(), comment.id()).update();
        if (comment.parentId() != null) {
            jdbc.sql("UPDATE engagement.comments SET reply_count = GREATEST(0, reply_count - 1) WHERE id = ?")
                    .param(comment.parentId()).update();
        }
        jdbc.sql("INSERT INTO engagement.counter_deltas (video_id, comments) VALUES (?, ?)")
                .params(comment.video().value(), -removed).update();
    }

    boolean like(long commentId, UserId user, Instant now) {
        boolean added = jdbc.sql("INSERT INTO engagement.comment_likes (comment_id, user_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(commentId, user.value(), utc(now)).update() == 1;
        if (added) {
            jdbc.sql("UPDATE engagement.comments SET like_count = like_count + 1 WHERE id = ?").param(commentId).update();
        }
        return added;
    }

    boolean unlike(long commentId, UserId user) {
        boolean removed = jdbc.sql("DELETE FROM engagement.comment_likes WHERE comment_id = ? AND user_id = ?")
                .params(commentId, user.value()).update() == 1;
        if (removed) {
            jdbc.sql("UPDATE engagement.comments SET like_count = GREATEST(0, like_count - 1) WHERE id = ?").param(commentId).update();
        }
        return removed;
    }

    Set<Long> likedBy(UserId user, Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT comment_id FROM engagement.comment_likes WHERE user_id = ? AND comment_id = ANY(?)")
                .params(user.value(), commentIds.toArray(Long[]::new)).query(Long.class).list());
    }

    /** Top-level comments, newest first; the cursor is (created_at in µs, id). */
    Slice<CommentRow> newest(VideoId video, PageRequest page) {
        return page("video_id = :video AND parent_id IS NULL AND deleted_at IS NULL AND " + Keyset.olderThan("created_at", "id")
                + " ORDER BY created_at DESC, id DESC", "video", video.value(), page, CommentRow::newestCursor);
    }

    /** Top-level comments, most liked first; the cursor is (like_count, id). */
    Slice<CommentRow> top(VideoId video, PageRequest page) {
        return page("video_id = :video AND parent_id IS NULL AND deleted_at IS NULL AND " + Keyset.below("like_count", "id")
                + " ORDER BY like_count DESC, id DESC", "video", video.value(), page, CommentRow::topCursor);
    }

    /** Replies to a comment, oldest first (a conversation reads down). */
    Slice<CommentRow> replies(long parentId, PageRequest page) {
        return page("parent_id = :parent AND deleted_at IS NULL AND " + Keyset.newerThan("created_at", "id")
                + " ORDER BY created_at, id", "parent", parentId, page, CommentRow::newestCursor);
    }

    /** @param filterAndOrder the WHERE condition (with {@code :name}) and the ORDER BY */
    private Slice<CommentRow> page(String filterAndOrder, String name, long value, PageRequest page,
                                   java.util.function.Function<CommentRow, Cursor> cursorOf) {
        Keyset keyset = Keyset.of(page, 2);
        return keyset.slice(jdbc.sql("SELECT " + COLUMNS + " FROM engagement.comments WHERE " + filterAndOrder + " LIMIT :limit")
                .param(name, value).params(keyset.params())
                .query(StoredComments::map).list(), cursorOf);
    }

    private static CommentRow map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new CommentRow(rs.getLong("id"), new VideoId(rs.getLong("video_id")), new UserId(rs.getLong("user_id")),
                parentId, rs.getString("text"), rs.getInt("like_count"), rs.getInt("reply_count"),
                Utc.instant(rs, "created_at"));
    }


    record CommentRow(long id, VideoId video, UserId author, Long parentId, String text, int likeCount, int replyCount,
                      Instant createdAt) {

        Cursor newestCursor() {
            return Cursor.of(createdAt, id);
        }

        Cursor topCursor() {
            return Cursor.of(likeCount, id);
        }
    }

    /** A deleted video's comments, replies and their likes go with it. */
    void forget(VideoId video) {
        jdbc.sql("DELETE FROM engagement.comment_likes WHERE comment_id IN (SELECT id FROM engagement.comments WHERE video_id = ?)")
                .param(video.value()).update();
        jdbc.sql("DELETE FROM engagement.comments WHERE video_id = ?").param(video.value()).update();
    }
}
