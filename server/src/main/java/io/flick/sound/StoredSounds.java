package io.flick.sound;

import static io.flick.shared.Utc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.Utc;

/** Sounds, as a collection. */
@Repository
class StoredSounds {

    private final JdbcClient jdbc;

    StoredSounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the sound of that asset: the new one, or the one a retried call created before */
    SoundRow addOriginal(SoundId id, UserId owner, String name, double duration, long sourceAssetId, Instant now) {
        jdbc.sql("""
                INSERT INTO sound.sounds (id, owner_id, name, duration, usage_count, is_original, source_asset_id, created_at)
                VALUES (?, ?, ?, ?, 1, TRUE, ?, ?) ON CONFLICT (source_asset_id) DO NOTHING""")
                .params(id.value(), owner.value(), name, duration, sourceAssetId, utc(now))
                .update();
        return jdbc.sql(SELECT + " WHERE source_asset_id = ?").param(sourceAssetId).query(StoredSounds::map).single();
    }

    /** Up to {@code limit} sounds with ids above {@code after} (null: from the first), in id order. */
    List<SoundRow> after(SoundId after, int limit) {
        return jdbc.sql(SELECT + " WHERE id > ? ORDER BY id LIMIT ?")
                .params(after == null ? Long.MIN_VALUE : after.value(), limit).query(StoredSounds::map).list();
    }

    Optional<SoundRow> find(SoundId id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id.value()).query(StoredSounds::map).optional();
    }

    List<SoundRow> find(Collection<SoundId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE id = ANY(?)").param(ids.stream().map(SoundId::value).toArray(Long[]::new))
                .query(StoredSounds::map).list();
    }

    /** From now on the sound is visible whatever becomes of its original clip (blocks aside). */
    void publish(SoundId id) {
        jdbc.sql("UPDATE sound.sounds SET published = TRUE WHERE id = ? AND NOT published").param(id.value()).update();
    }

    void countUse(SoundId id) {
        jdbc.sql("UPDATE sound.sounds SET usage_count = usage_count + 1 WHERE id = ?").param(id.value()).update();
    }

    void dropUse(SoundId id) {
        jdbc.sql("UPDATE sound.sounds SET usage_count = GREATEST(usage_count - 1, 0) WHERE id = ?").param(id.value()).update();
    }

    private static final String SELECT =
            "SELECT id, owner_id, name, duration, usage_count, is_original, source_asset_id, published, created_at FROM sound.sounds";

    private static SoundRow map(ResultSet rs, int row) throws SQLException {
        return new SoundRow(new SoundId(rs.getLong("id")), new UserId(rs.getLong("owner_id")), rs.getString("name"),
                rs.getDouble("duration"), rs.getInt("usage_count"), rs.getBoolean("is_original"),
                rs.getLong("source_asset_id"), rs.getBoolean("published"), Utc.instant(rs, "created_at"));
    }
}
