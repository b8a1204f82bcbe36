package io.flick.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.flick.shared.SoundId;
import io.flick.shared.VideoId;

/** The demo catalogue's own record of what it has done (schema {@code demo}). */
@Component
class DemoProgress {

    private final JdbcClient jdbc;

    DemoProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether seeding ever began on this installation. */
    boolean started() {
        return jdbc.sql("SELECT count(*) FROM demo.catalogue").query(Integer.class).single() > 0;
    }

    void start(Instant now) {
        jdbc.sql("INSERT INTO demo.catalogue (id, started_at) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
                .param(utc(now)).update();
    }

    /** The videos made so far, by post index. */
    Map<Integer, VideoId> posted() {
        Map<Integer, VideoId> posted = new TreeMap<>();
        jdbc.sql("SELECT post, video_id FROM demo.posts").query((rs, row) ->
                posted.put(rs.getInt("post"), new VideoId(rs.getLong("video_id")))).list();
        return posted;
    }

    /** Call in the transaction that creates the video. */
    void posted(int post, VideoId video, Instant now) {
        jdbc.sql("INSERT INTO demo.posts (post, video_id, created_at) VALUES (?, ?, ?)")
                .params(post, video.value(), utc(now)).update();
    }

    /** A demo post's video was published with {@code sound}; false when the video is not the demo's. */
    boolean published(VideoId video, SoundId sound, Instant at) {
        return jdbc.sql("UPDATE demo.posts SET published_at = ?, sound_id = ? WHERE video_id = ?")
                .params(utc(at), sound == null ? null : sound.value(), video.value()).update() == 1;
    }

    /** A demo post's video could not be processed; false when the video is not the demo's. */
    boolean failed(VideoId video, String reason) {
        return jdbc.sql("UPDATE demo.posts SET failure_reason = ? WHERE video_id = ?").params(reason, video.value()).update() == 1;
    }

    /** Posts below {@code count} whose video is published. */
    int publishedBelow(int count) {
        return jdbc.sql("SELECT count(*) FROM demo.posts WHERE post < ? AND published_at IS NOT NULL")
                .param(count).query(Integer.class).single();
    }

    /** Posts below {@code count} whose video failed processing. */
    int failedBelow(int count) {
        return jdbc.sql("SELECT count(*) FROM demo.posts WHERE post < ? AND failure_reason IS NOT NULL")
                .param(count).query(Integer.class).single();
    }

    /** The sound of a post once its video is published; empty before, or when the video failed. */
    Optional<SoundId> sound(int post) {
        return jdbc.sql("SELECT sound_id FROM demo.posts WHERE post = ? AND sound_id IS NOT NULL")
                .param(post).query(Long.class).optional().map(SoundId::new);
    }

    /** Whether the post's video failed processing (it will never have a sound to reuse). */
    boolean failed(int post) {
        return jdbc.sql("SELECT count(*) FROM demo.posts WHERE post = ? AND failure_reason IS NOT NULL")
                .param(post).query(Integer.class).single() > 0;
    }

    Optional<DemoFailure> lastFailure() {
        return jdbc.sql("SELECT failure_reason, failure_fix FROM demo.catalogue WHERE failure_reason IS NOT NULL")
                .query((rs, row) -> new DemoFailure(rs.getString(1), rs.getString(2))).optional();
    }

    void failed(DemoFailure failure, Instant now) {
        jdbc.sql("""
                INSERT INTO demo.catalogue (id, started_at, failure_reason, failure_fix, failed_at) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET failure_reason = excluded.failure_reason,
                    failure_fix = excluded.failure_fix, failed_at = excluded.failed_at""")
                .params(utc(now), failure.reason(), failure.fix(), utc(now)).update();
    }

    void recovered() {
        jdbc.sql("UPDATE demo.catalogue SET failure_reason = NULL, failure_fix = NULL, failed_at = NULL").update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
