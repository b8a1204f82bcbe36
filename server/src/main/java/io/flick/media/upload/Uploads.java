package io.flick.media.upload;

import static io.flick.shared.Utc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.media.UploadDeclaration;
import io.flick.media.UploadState;
import io.flick.media.UploadState.Status;
import io.flick.shared.Transitions;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;
import io.flick.shared.Utc;

/** Uploads, as a collection. State changes are conditional updates, so two requests cannot both win. */
@Repository
public class Uploads {

    private final JdbcClient jdbc;

    Uploads(JdbcClient jdbc) {
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

    /**
     * Serialises the caller's transaction with every other one that takes this owner's lock, so that
     * counting an owner's uploads and adding one cannot interleave (no burst slips past a cap).
     */
    public void lockOwner(UserId owner) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("media.uploads:" + owner.value())
                .query(Object.class).single();
    }

    /**
     * What the owner's uploads hold: those still open (started, not yet made into a video, terminated
     * or expired), each until it expires, and those started in the last {@code day}, each until a day
     * after it started.
     */
    public UploadUsage usage(UserId owner, Instant now, java.time.Duration ttl, java.time.Duration day) {
        // Nothing opened more than two ttls ago can still be open (received at the end of its first ttl).
        Instant openSince = now.minus(ttl.multipliedBy(2));
        Instant dayStart = now.minus(day);
        var open = jdbc.sql("""
                SELECT declared_size, expires_at FROM media.uploads
                WHERE owner_id = :owner AND created_at > :openSince
                  AND %s AND expires_at > :now""".formatted(UploadTransitions.ALLOWED.guard("status", Status.EXPIRED)))
                .param("owner", owner.value()).param("openSince", utc(openSince)).param("now", utc(now))
                .query((rs, row) -> new UploadUsage.Held(rs.getLong(1), Utc.instant(rs, 2)))
                .list();
        var started = jdbc.sql("""
                SELECT declared_size, created_at FROM media.uploads
                WHERE owner_id = :owner AND created_at > :dayStart""")
                .param("owner", owner.value()).param("dayStart", utc(dayStart))
                .query((rs, row) -> new UploadUsage.Held(rs.getLong(1),
                        Utc.instant(rs, 2).plus(day)))
                .list();
        return new UploadUsage(open, started);
    }

    public Optional<UploadRow> find(UploadId id) {
        return jdbc.sql("""
                SELECT id, owner_id, transport, declared_size, status, received_bytes, source_key, expires_at, created_at
                FROM media.uploads WHERE id = ?""")
                .param(id.value()).query(Uploads::map).optional();
    }

    /**
     * Moves the upload to {@code to} if it is in a status {@link UploadTransitions} leads there from.
     *
     * @return whether this caller moved it (of two racing for a change, exactly one wins)
     */
    public boolean transition(UploadId id, Status to) {
        return jdbc.sql("UPDATE media.uploads SET status = ? WHERE id = ? AND " + UploadTransitions.ALLOWED.guard("status", to))
                .params(code(to), id.value()).update() == 1;
    }

    /**
     * Records that the whole file is in storage, unless the upload stopped waiting for it meanwhile
     * (received by another attempt, terminated, expired). A received upload waits until {@code keepUntil}
     * to be made into something, after which it is abandoned.
     *
     * @return whether this caller's file is the upload's
     */
    public boolean received(UploadId id, long bytes, Instant now, Instant keepUntil) {
        return jdbc.sql("""
                UPDATE media.uploads SET status = 'received', received_bytes = ?, received_at = ?, expires_at = ?
                WHERE id = ? AND %s""".formatted(UploadTransitions.ALLOWED.guard("status", Status.RECEIVED)))
                .params(bytes, utc(now), utc(keepUntil), id.value()).update() == 1;
    }

    /**
     * Marks up to {@code limit} uploads that were never finished or never used, and whose time is up,
     * as expired, and returns them (their files are then deleted). {@code receiving} is a state older
     * versions left behind when they died during a direct PUT: it is as unfinished as {@code pending}.
     */
    public List<UploadRow> expireAbandoned(Instant now, int limit) {
        return jdbc.sql("""
                UPDATE media.uploads SET status = 'expired'
                WHERE id IN (SELECT id FROM media.uploads
                             WHERE %s AND expires_at <= :now
                             ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING id, owner_id, transport, declared_size, status, received_bytes, source_key, expires_at, created_at"""
                .formatted(UploadTransitions.ALLOWED.guard("status", Status.EXPIRED)))
                .param("now", utc(now)).param("limit", limit)
                .query(Uploads::map).list();
    }

    /** Which of {@code ids} still wait for bytes (their partial files must be kept). */
    public Set<UploadId> awaitingBytes(Collection<UploadId> ids, Instant now) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                SELECT id FROM media.uploads
                WHERE id IN (:ids) AND %s AND expires_at > :now""".formatted(UploadTransitions.ALLOWED.guard("status", Status.RECEIVED)))
                .param("ids", ids.stream().map(UploadId::value).toList())
                .param("now", utc(now))
                .query((rs, row) -> new UploadId(rs.getLong("id"))).set();
    }

    public void progress(UploadId id, long bytes) {
        jdbc.sql("UPDATE media.uploads SET received_bytes = ? WHERE id = ?").params(bytes, id.value()).update();
    }

    private static UploadRow map(ResultSet rs, int row) throws SQLException {
        return new UploadRow(new UploadId(rs.getLong("id")), new UserId(rs.getLong("owner_id")), rs.getString("transport"),
                rs.getLong("declared_size"), UploadState.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getLong("received_bytes"), rs.getString("source_key"),
                Utc.instant(rs, "expires_at"),
                Utc.instant(rs, "created_at"));
    }

    static String code(UploadState.Status status) {
        return Transitions.code(status);
    }
}
