package io.flick.media.processing;

import static io.flick.shared.Utc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import io.flick.media.AssetView;
import io.flick.media.AssetView.Status;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;
import io.flick.shared.Utc;

/** Assets and their finished renditions, as a collection. */
@Repository
public class Assets {

    private final JdbcClient jdbc;

    Assets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if the asset already existed (a retried request) */
    public boolean add(long assetId, UserId owner, UploadId upload, boolean publicAsset, String replacementAudioKey,
                       Double coverSeconds, Instant now) {
        return jdbc.sql("""
                INSERT INTO media.assets (id, owner_id, upload_id, status, public, replacement_audio_key, cover_seconds,
                                          queued_at)
                VALUES (?, ?, ?, 'queued', ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(assetId, owner.value(), upload.value(), publicAsset, replacementAudioKey, coverSeconds, utc(now))
                .update() == 1;
    }

    public Optional<AssetRow> find(long assetId) {
        return jdbc.sql(SELECT + " WHERE a.id = ? AND a.removed_at IS NULL").param(assetId).query(Assets::map).optional()
                .map(asset -> asset.withRenditions(renditions(List.of(assetId)).getOrDefault(assetId, List.of())));
    }

    public Map<Long, AssetRow> find(Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        Long[] ids = assetIds.toArray(Long[]::new);
        Map<Long, List<RenditionRow>> renditions = renditions(assetIds);
        Map<Long, AssetRow> found = new HashMap<>();
        jdbc.sql(SELECT + " WHERE a.id = ANY(?) AND a.removed_at IS NULL").param(ids).query(Assets::map).list()
                .forEach(asset -> found.put(asset.id(), asset.withRenditions(renditions.getOrDefault(asset.id(), List.of()))));
        return found;
    }

    /**
     * Holds {@code owner}'s queue until the transaction ends, so that of two jobs the same owner
     * queues at once, the second counts the first ({@link #unfinishedJobs} would miss a job of a
     * transaction that has not committed yet).
     */
    public void lockQueueOf(UserId owner) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('media.queue'), hashtext(?))").param(owner.toString())
                .query(Object.class).single();
    }

    /** Jobs of {@code owner} not finished yet, the one being queued included. */
    public int unfinishedJobs(UserId owner) {
        return jdbc.sql("SELECT count(*) FROM media.assets WHERE owner_id = ? AND " + AssetTransitions.unfinished("status"))
                .param(owner.value()).query(Integer.class).single();
    }

    /** Jobs of {@code owner} queued since {@code since}: the fair-share input for the next job's priority. */
    public int recentJobs(UserId owner, Instant since) {
        return jdbc.sql("SELECT count(*) FROM media.assets WHERE owner_id = ? AND queued_at >= ?")
                .params(owner.value(), utc(since)).query(Integer.class).single();
    }

    public void started(long assetId, Instant now) {
        jdbc.sql("""
                UPDATE media.assets SET status = CASE WHEN %s THEN 'processing' ELSE status END,
                       started_at = COALESCE(started_at, ?), attempts = attempts + 1
                WHERE id = ?""".formatted(AssetTransitions.ALLOWED.guard("status", Status.PROCESSING))).params(utc(now), assetId).update();
    }

    public void probed(long assetId, double duration, int width, int height, boolean hasAudio) {
        jdbc.sql("UPDATE media.assets SET duration_seconds = ?, width = ?, height = ?, has_audio_track = ? WHERE id = ?")
                .params(duration, width, height, hasAudio, assetId).update();
    }

    public void decodedDuration(long assetId, double duration) {
        jdbc.sql("UPDATE media.assets SET duration_seconds = ? WHERE id = ?").params(duration, assetId).update();
    }

    public void progress(long assetId, double fraction) {
        jdbc.sql("UPDATE media.assets SET progress = GREATEST(progress, ?) WHERE id = ?").params(fraction, assetId).update();
    }

    public void addRendition(long assetId, RenditionRow rendition, Instant now) {
        jdbc.sql("""
                INSERT INTO media.renditions (asset_id, name, width, height, frame_rate, bandwidth, average_bandwidth,
                                              codecs, ready_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (asset_id, name) DO NOTHING""")
                .params(assetId, rendition.name(), rendition.width(), rendition.height(), rendition.frameRate(),
                        rendition.bandwidth(),
                        rendition.averageBandwidth(), rendition.codecs(), utc(now))
                .update();
    }

    /** @return whether this call made the asset playable (so exactly one caller announces it) */
    public boolean playable(long assetId, Instant now) {
        return jdbc.sql("""
                UPDATE media.assets SET status = 'playable', playable_at = ?
                WHERE id = ? AND %s""".formatted(AssetTransitions.ALLOWED.guard("status", Status.PLAYABLE)))
                .params(utc(now), assetId).update() == 1;
    }

    public boolean ready(long assetId, Instant now, double encodeSeconds) {
        return jdbc.sql("""
                UPDATE media.assets SET status = 'ready', progress = 1, finished_at = ?, encode_seconds = ?
                WHERE id = ? AND %s""".formatted(AssetTransitions.ALLOWED.guard("status", Status.READY)))
                .params(utc(now), encodeSeconds, assetId).update() == 1;
    }

    public boolean failed(long assetId, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE media.assets SET status = 'failed', failure_reason = ?, finished_at = ?
                WHERE id = ? AND %s""".formatted(AssetTransitions.ALLOWED.guard("status", Status.FAILED)))
                .params(reason, utc(now), assetId).update() == 1;
    }

    public void visibility(Collection<Long> assetIds, boolean publicAsset) {
        jdbc.sql("UPDATE media.assets SET public = ? WHERE id = ANY(?) AND removed_at IS NULL")
                .params(publicAsset, assetIds.toArray(Long[]::new)).update();
    }

    /**
     * Marks the asset removed: from the commit on, no read of this class finds it, so nothing serves
     * it; the files go with the removal job, which then deletes the row ({@link #delete}).
     *
     * @return whether this call removed it (false: unknown or already removed)
     */
    public boolean markRemoved(long assetId, Instant now) {
        return jdbc.sql("UPDATE media.assets SET removed_at = ?, public = FALSE WHERE id = ? AND removed_at IS NULL")
                .params(utc(now), assetId).update() == 1;
    }

    /** The upload a removed asset was made from; empty when the asset is not (or no longer) a removed one. */
    public Optional<UploadId> removedUpload(long assetId) {
        return jdbc.sql("SELECT upload_id FROM media.assets WHERE id = ? AND removed_at IS NOT NULL").param(assetId)
                .query((rs, row) -> new UploadId(rs.getLong(1))).optional();
    }

    /** Whether one of the named jobs of the asset (they write its files) is running on some worker now. */
    public boolean running(long assetId, TaskDescriptor<?>... jobs) {
        return jdbc.sql("SELECT count(*) FROM " + TranscodeScheduler.TABLE
                        + " WHERE task_name = ANY(?) AND task_instance = ? AND picked")
                .params(Arrays.stream(jobs).map(TaskDescriptor::getTaskName).toArray(String[]::new), Long.toString(assetId))
                .query(Integer.class).single() > 0;
    }

    /** Drops queued (not running) jobs that would write the asset's files: nothing is left to write them for. */
    public void dropQueuedJob(long assetId) {
        jdbc.sql("DELETE FROM " + TranscodeScheduler.TABLE + " WHERE task_name IN (?, ?) AND task_instance = ? AND NOT picked")
                .params(TranscodeQueue.TRANSCODE.getTaskName(), CoverJob.COVER.getTaskName(), Long.toString(assetId)).update();
    }

    /** A new cover time; the thumbnails follow when {@link CoverJob} has made them. */
    public void cover(long assetId, double seconds) {
        jdbc.sql("UPDATE media.assets SET cover_seconds = ? WHERE id = ? AND removed_at IS NULL").params(seconds, assetId).update();
    }

    /** The thumbnails of cover {@code version} are stored: links name them from now on. */
    public boolean coverMade(long assetId, int version) {
        return jdbc.sql("UPDATE media.assets SET cover_version = ? WHERE id = ? AND cover_version < ? AND removed_at IS NULL")
                .params(version, assetId, version).update() == 1;
    }

    /** The row of a removed asset, once its files are gone (its renditions go with it). */
    public void delete(long assetId) {
        jdbc.sql("DELETE FROM media.assets WHERE id = ? AND removed_at IS NOT NULL").param(assetId).update();
    }

    /** The last finished encodes, newest first: what {@link EncodeCost} is fitted to. */
    List<EncodeCost.Sample> recentEncodes(int lastN) {
        return jdbc.sql("""
                SELECT encode_seconds, duration_seconds, width, height FROM media.assets
                WHERE status = 'ready' AND encode_seconds > 0 AND duration_seconds > 0 AND width > 0
                ORDER BY finished_at DESC LIMIT ?""")
                .param(lastN).query((rs, row) -> new EncodeCost.Sample(rs.getDouble(1), rs.getDouble(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** An unfinished asset's work: probed facts, else what the uploader declared, else a phone's 30 s. */
    record Work(long assetId, double durationSeconds, int width, int height, double progress) {
    }

    /** Unfinished assets queued up to {@code until} (an asset's own included). */
    List<Work> unfinishedWork(Instant until) {
        return jdbc.sql("""
                SELECT a.id, COALESCE(a.duration_seconds, u.declared_duration, 30),
                       COALESCE(a.width, u.width, 1080), COALESCE(a.height, u.height, 1920), a.progress
                FROM media.assets a LEFT JOIN media.uploads u ON u.id = a.upload_id
                WHERE %s AND a.queued_at <= ?""".formatted(AssetTransitions.unfinished("a.status")))
                .param(utc(until))
                .query((rs, row) -> new Work(rs.getLong(1), rs.getDouble(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5)))
                .list();
    }

    private static final String SELECT = """
            SELECT a.id, a.owner_id, a.upload_id, a.status, a.failure_reason, a.public, a.replacement_audio_key,
                   a.duration_seconds, a.width, a.height, a.progress, a.has_audio_track, a.attempts, a.queued_at,
                   a.started_at, a.playable_at, a.finished_at, a.cover_seconds, a.cover_version
            FROM media.assets a""";

    private Map<Long, List<RenditionRow>> renditions(Collection<Long> assetIds) {
        Map<Long, List<RenditionRow>> byAsset = new HashMap<>();
        jdbc.sql("""
                SELECT asset_id, name, width, height, frame_rate, bandwidth, average_bandwidth, codecs FROM media.renditions
                WHERE asset_id = ANY(?) ORDER BY asset_id, height""")
                .param(assetIds.toArray(Long[]::new))
                .query((rs, row) -> {
                    byAsset.computeIfAbsent(rs.getLong("asset_id"), id -> new ArrayList<>())
                            .add(new RenditionRow(rs.getString("name"), rs.getInt("width"), rs.getInt("height"),
                                    rs.getDouble("frame_rate"), rs.getInt("bandwidth"), rs.getInt("average_bandwidth"), rs.getString("codecs")));
                    return null;
                }).list();
        return byAsset;
    }

    private static AssetRow map(ResultSet rs, int row) throws SQLException {
        return new AssetRow(rs.getLong("id"), new UserId(rs.getLong("owner_id")), new UploadId(rs.getLong("upload_id")),
                AssetView.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("failure_reason"),
                rs.getBoolean("public"), rs.getString("replacement_audio_key"),
                (Double) nullable(rs, "duration_seconds"), (Integer) nullableInt(rs, "width"),
                (Integer) nullableInt(rs, "height"), rs.getDouble("progress"),
                rs.getObject("has_audio_track") == null ? null : rs.getBoolean("has_audio_track"), rs.getInt("attempts"),
                Utc.instant(rs, "queued_at"), Utc.instant(rs, "started_at"), Utc.instant(rs, "playable_at"),
                Utc.instant(rs, "finished_at"), (Double) nullable(rs, "cover_seconds"),
                rs.getInt("cover_version"), List.of());
    }

    private static Object nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Object nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
