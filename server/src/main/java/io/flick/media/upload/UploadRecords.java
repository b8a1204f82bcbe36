package io.flick.media.upload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.media.UploadDeclaration;
import io.flick.media.UploadState;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;

/** Uploads, as a collection. State changes are conditional updates, so two requests cannot both win. */
@Repository
public class UploadRecords {

    private final JdbcClient jdbc;

    UploadRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UploadId id, UserId owner, String transport, UploadDeclaration declaration, String sourceKey,
                    Instant expiresAt, Instant now) {
        jdbc.sql("""
                INSERT INTO media.uploads (id, owner_id, transport, declared_size, declared_duration, width, height, fps,
                                           status, source_key, expires_at, created_at)
                VALUES (:id, :owner, :transport, :size, :duration, :width, :height, :fps, 'pending', :key, :expires, :now)""")
                .param("id", id.value())
                .param("owner", owner.value())
                .param("transport", transport)
                .param("size", declaration.fileSize())
                .param("duration", declaration.durationSeconds())
                .param("width", declaration.width())
                .param("height", declaration.height())
                .param("fps", declaration.fps())
                .param("key", sourceKey)
                .param("expires", utc(expiresAt))
                .param("now", utc(now))
                .update();
    }

    public Optional<UploadRow> find(UploadId id) {
        return jdbc.sql("""
                SELECT id, owner_id, transport, declared_size, status, received_bytes, source_key, expires_at, created_at
                FROM media.uploads WHERE id = ?""")
                .param(id.value()).query(UploadRecords::map).optional();
    }

    /** @return whether this caller moved the upload from {@code from} to {@code to} */
    public boolean transition(UploadId id, UploadState.Status from, UploadState.Status to) {
        return jdbc.sql("UPDATE media.uploads SET status = ? WHERE id = ? AND status = ?")
                .params(code(to), id.value(), code(from)).update() == 1;
    }

    public void received(UploadId id, long bytes, Instant now) {
        jdbc.sql("UPDATE media.uploads SET status = 'received', received_bytes = ?, received_at = ? WHERE id = ?")
                .params(bytes, utc(now), id.value()).update();
    }

    public void progress(UploadId id, long bytes) {
        jdbc.sql("UPDATE media.uploads SET received_bytes = ? WHERE id = ?").params(bytes, id.value()).update();
    }

    private static UploadRow map(ResultSet rs, int row) throws SQLException {
        return new UploadRow(new UploadId(rs.getLong("id")), new UserId(rs.getLong("owner_id")), rs.getString("transport"),
                rs.getLong("declared_size"), UploadState.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getLong("received_bytes"), rs.getString("source_key"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static String code(UploadState.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
