package io.flick.video.catalog;

import static io.flick.shared.Utc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.shared.Keyset;
import io.flick.shared.SoundId;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;
import io.flick.shared.Utc;
import io.flick.shared.VideoId;
import io.flick.shared.Viewer;
import io.flick.video.Privacy;

/** Videos, as a collection. Status changes are conditional updates along {@link VideoTransitions}. */
@Repository
public class Videos {

    private final JdbcClient jdbc;

    Videos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(VideoRow video) {
        jdbc.sql("""
                INSERT INTO video.videos (id, owner_id, upload_id, caption, sound_id, privacy, duet_enabled, stitch_enabled,
                                          comment_enabled, status, created_at)
                VALUES (:id, :owner, :upload, :caption, :sound, :privacy, :duet, :stitch, :comment, 'processing', :created)""")
                .param("id", video.id().value())
                .param("owner", video.owner().value())
                .param("upload", video.upload().value())
                .param("caption", video.caption())
                .param("sound", video.sound() == null ? null : video.sound().value())
                .param("privacy", video.privacy().code())
                .param("duet", video.duetEnabled())
                .param("stitch", video.stitchEnabled())
                .param("comment", video.commentEnabled())
                .param("created", utc(video.createdAt()))
                .update();
        addTagsAndMentions(video);
    }

    private void addTagsAndMentions(VideoRow video) {
        int position = 0;
        for (String tag : video.hashtags()) {
            jdbc.sql("INSERT INTO video.hashtags (video_id, tag, position) VALUES (?, ?, ?)")
                    .params(video.id().value(), tag, position++).update();
        }
        for (UserId mention : video.mentions()) {
            jdbc.sql("INSERT INTO video.mentions (video_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(video.id().value(), mention.value()).update();
        }
    }

    public Optional<VideoRow> find(VideoId id) {
        return find(List.of(id)).values().stream().findFirst();
    }

    public Optional<VideoRow> byUpload(UploadId upload) {
        return jdbc.sql("SELECT id FROM video.videos WHERE upload_id = ?").param(upload.value())
                .query((rs, row) -> new VideoId(rs.getLong(1))).optional().flatMap(this::find);
    }

    /** One query per kind of data, whatever the number of videos. */
    public Map<VideoId, VideoRow> find(Collection<VideoId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Long[] keys = ids.stream().map(VideoId::value).toArray(Long[]::new);
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("SELECT video_id, tag FROM video.hashtags WHERE video_id = ANY(?) ORDER BY video_id, position")
                .param(keys).query((rs, row) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        Map<Long, List<UserId>> mentions = new HashMap<>();
        jdbc.sql("SELECT video_id, user_id FROM video.mentions WHERE video_id = ANY(?)")
                .param(keys).query((rs, row) -> mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new UserId(rs.getLong(2))))
                .list();
        Map<VideoId, VideoRow> found = new HashMap<>();
        jdbc.sql(SELECT + " WHERE id = ANY(?)").param(keys).query(Videos::map).list()
                .forEach(video -> found.put(video.id(), video.with(tags.getOrDefault(video.id().value(), List.of()),
                        mentions.getOrDefault(video.id().value(), List.of()))));
        return found;
    }

    /**
     * A creator's videos, newest first: published ones of the given privacies, plus unpublished ones
     * when {@code withUnpublished} (the owner's own view). The cursor is (created_at in µs, id).
     */
    public io.flick.shared.Slice<VideoRow> byOwner(UserId owner, java.util.Set<Privacy> privacies, boolean withUnpublished,
                                                   io.flick.shared.PageRequest page) {
        Keyset keyset = Keyset.of(page, 2);
        List<Long> ids = jdbc.sql("""
                SELECT id FROM video.videos WHERE owner_id = :owner
                  AND (status = 'published' OR :unpublished) AND privacy = ANY(:privacies)
                  AND %s
                ORDER BY created_at DESC, id DESC LIMIT :limit""".formatted(Keyset.olderThan("created_at", "id")))
                .param("owner", owner.value())
                .param("unpublished", withUnpublished)
                .param("privacies", privacies.stream().map(Privacy::code).toArray(String[]::new))
                .params(keyset.params())
                .query(Long.class).list();
        Map<VideoId, VideoRow> rows = find(ids.stream().map(VideoId::new).toList());
        return keyset.slice(ids.stream().map(id -> rows.get(new VideoId(id))).filter(java.util.Objects::nonNull).toList(),
                Videos::cursor);
    }

    /**
     * Published videos with {@code tag}, newest first (ids are time-ordered, so the index on
     * (tag, video_id) serves the order), at most {@code limit} after the id {@code before}: the
     * candidates of a hashtag page, before the viewer's access is checked. Private videos of others
     * and videos of {@code hidden} owners never qualify, so they are not fetched at all.
     */
    public List<VideoRow> byHashtag(String tag, Viewer viewer, java.util.Set<Long> hidden, Long before, int limit) {
        List<Long> ids = jdbc.sql("""
                SELECT v.id FROM video.hashtags h JOIN video.videos v ON v.id = h.video_id
                WHERE h.tag = :tag AND (:before::bigint IS NULL OR h.video_id < :before::bigint)
                  AND v.status = 'published' AND (v.privacy <> 'private' OR v.owner_id = :viewer::bigint)
                  AND NOT v.owner_id = ANY(:hidden)
                ORDER BY h.video_id DESC LIMIT :limit""")
                .param("tag", tag)
                .param("viewer", viewer.idOrNull())
                .param("hidden", hidden.toArray(Long[]::new))
                .param("before", before)
                .param("limit", limit)
                .query(Long.class).list();
        Map<VideoId, VideoRow> rows = find(ids.stream().map(VideoId::new).toList());
        return ids.stream().map(id -> rows.get(new VideoId(id))).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Published videos with a sound, newest first (ids are time-ordered; the index on (sound_id, id)
     * serves the order), at most {@code limit} after the id {@code before}: as {@link #byHashtag}.
     */
    public List<VideoRow> bySound(SoundId sound, Viewer viewer, java.util.Set<Long> hidden, Long before, int limit) {
        List<Long> ids = jdbc.sql("""
                SELECT v.id FROM video.videos v
                WHERE v.sound_id = :sound AND (:before::bigint IS NULL OR v.id < :before::bigint)
                  AND v.status = 'published' AND (v.privacy <> 'private' OR v.owner_id = :viewer::bigint)
                  AND NOT v.owner_id = ANY(:hidden)
                ORDER BY v.id DESC LIMIT :limit""")
                .param("sound", sound.value())
                .param("viewer", viewer.idOrNull())
                .param("hidden", hidden.toArray(Long[]::new))
                .param("before", before)
                .param("limit", limit)
                .query(Long.class).list();
        return inOrder(ids);
    }

    /**
     * The newest {@code max} candidates of a hashtag's list (the same ones {@link #byHashtag} pages
     * through), as ids only: what a "top" order ranks by engagement.
     */
    public List<VideoId> idsByHashtag(String tag, Viewer viewer, java.util.Set<Long> hidden, int max) {
        return jdbc.sql("""
                SELECT v.id FROM video.hashtags h JOIN video.videos v ON v.id = h.video_id
                WHERE h.tag = :tag AND v.status = 'published' AND (v.privacy <> 'private' OR v.owner_id = :viewer::bigint)
                  AND NOT v.owner_id = ANY(:hidden)
                ORDER BY h.video_id DESC LIMIT :max""")
                .param("tag", tag)
                .param("viewer", viewer.idOrNull())
                .param("hidden", hidden.toArray(Long[]::new))
                .param("max", max)
                .query((rs, row) -> new VideoId(rs.getLong(1))).list();
    }

    /** As {@link #idsByHashtag}, for a sound's list. */
    public List<VideoId> idsBySound(SoundId sound, Viewer viewer, java.util.Set<Long> hidden, int max) {
        return jdbc.sql("""
                SELECT v.id FROM video.videos v
                WHERE v.sound_id = :sound AND v.status = 'published' AND (v.privacy <> 'private' OR v.owner_id = :viewer::bigint)
                  AND NOT v.owner_id = ANY(:hidden)
                ORDER BY v.id DESC LIMIT :max""")
                .param("sound", sound.value())
                .param("viewer", viewer.idOrNull())
                .param("hidden", hidden.toArray(Long[]::new))
                .param("max", max)
                .query((rs, row) -> new VideoId(rs.getLong(1))).list();
    }

    /** The published public videos with each of {@code tags} (every one of them, in one query), by tag. */
    public Map<String, List<VideoId>> publicByHashtags(Collection<String> tags) {
        Map<String, List<VideoId>> byTag = new HashMap<>();
        if (tags.isEmpty()) {
            return byTag;
        }
        jdbc.sql("""
                SELECT h.tag, h.video_id FROM video.hashtags h JOIN video.videos v ON v.id = h.video_id
                WHERE h.tag = ANY(?) AND v.status = 'published' AND v.privacy = 'public'""")
                .param(tags.toArray(String[]::new))
                .query((rs, row) -> byTag.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(new VideoId(rs.getLong(2))))
                .list();
        return byTag;
    }

    /** The rows of {@code ids}, in that order (unknown ones left out). */
    public List<VideoRow> inOrder(List<Long> ids) {
        Map<VideoId, VideoRow> rows = find(ids.stream().map(VideoId::new).toList());
        return ids.stream().map(id -> rows.get(new VideoId(id))).filter(java.util.Objects::nonNull).toList();
    }

    /** Ids of up to {@code limit} published videos above {@code after} (null: from the first), in id order. */
    public List<VideoId> publishedAfter(VideoId after, int limit) {
        return jdbc.sql("SELECT id FROM video.videos WHERE status = 'published' AND id > ? ORDER BY id LIMIT ?")
                .params(after == null ? Long.MIN_VALUE : after.value(), limit).query(Long.class).list()
                .stream().map(VideoId::new).toList();
    }

    public static io.flick.shared.Cursor cursor(VideoRow video) {
        return io.flick.shared.Cursor.of(video.createdAt(), video.id().value());
    }

    /** Locks the video's row until the transaction ends (edits and deletions of one video go one after the other). */
    public Optional<VideoRow> lock(VideoId id) {
        return jdbc.sql("SELECT id FROM video.videos WHERE id = ? FOR UPDATE").param(id.value())
                .query(Long.class).optional().flatMap(found -> find(id));
    }

    /** Replaces what its owner may change: caption (with its hashtags and mentions), privacy and the three switches. */
    public void edit(VideoRow video) {
        jdbc.sql("""
                UPDATE video.videos SET caption = :caption, privacy = :privacy, duet_enabled = :duet,
                       stitch_enabled = :stitch, comment_enabled = :comment
                WHERE id = :id""")
                .param("id", video.id().value())
                .param("caption", video.caption())
                .param("privacy", video.privacy().code())
                .param("duet", video.duetEnabled())
                .param("stitch", video.stitchEnabled())
                .param("comment", video.commentEnabled())
                .update();
        jdbc.sql("DELETE FROM video.hashtags WHERE video_id = ?").param(video.id().value()).update();
        jdbc.sql("DELETE FROM video.mentions WHERE video_id = ?").param(video.id().value()).update();
        addTagsAndMentions(video);
    }

    /** Deletes the video with its hashtags and mentions; its upload id stays unusable (the upload is claimed). */
    public void delete(VideoId id) {
        jdbc.sql("DELETE FROM video.videos WHERE id = ?").param(id.value()).update();
    }

    /** Every video of {@code owner} of the given privacy, whatever its status (their media follow the account's privacy). */
    public List<VideoId> idsOf(UserId owner, Privacy privacy) {
        return jdbc.sql("SELECT id FROM video.videos WHERE owner_id = ? AND privacy = ?")
                .params(owner.value(), privacy.code()).query((rs, row) -> new VideoId(rs.getLong(1))).list();
    }

    /** @return whether this call published the video (so exactly one caller announces it) */
    public boolean publish(VideoId id, SoundId sound, double duration, Instant now) {
        return jdbc.sql("""
                UPDATE video.videos SET status = 'published', published_at = ?, duration = ?,
                       sound_id = COALESCE(sound_id, ?)
                WHERE id = ? AND %s""".formatted(VideoTransitions.ALLOWED.guard("status", VideoRow.Status.PUBLISHED)))
                .params(utc(now), duration, sound == null ? null : sound.value(), id.value()).update() == 1;
    }

    public boolean fail(VideoId id, String reason) {
        return jdbc.sql("UPDATE video.videos SET status = 'failed', failure_reason = ? WHERE id = ? AND "
                        + VideoTransitions.ALLOWED.guard("status", VideoRow.Status.FAILED))
                .params(reason, id.value()).update() == 1;
    }

    private static final String SELECT = """
            SELECT id, owner_id, upload_id, caption, sound_id, privacy, duet_enabled, stitch_enabled, comment_enabled,
                   status, failure_reason, duration, created_at, published_at
            FROM video.videos""";

    private static VideoRow map(ResultSet rs, int row) throws SQLException {
        long sound = rs.getLong("sound_id");
        boolean noSound = rs.wasNull();
        double duration = rs.getDouble("duration");
        boolean noDuration = rs.wasNull();
        return new VideoRow(new VideoId(rs.getLong("id")), new UserId(rs.getLong("owner_id")),
                new UploadId(rs.getLong("upload_id")), rs.getString("caption"), noSound ? null : new SoundId(sound),
                Privacy.of(rs.getString("privacy")), rs.getBoolean("duet_enabled"), rs.getBoolean("stitch_enabled"),
                rs.getBoolean("comment_enabled"), VideoRow.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getString("failure_reason"), noDuration ? null : duration,
                Utc.instant(rs, "created_at"), Utc.instant(rs, "published_at"), List.of(), List.of());
    }
}
