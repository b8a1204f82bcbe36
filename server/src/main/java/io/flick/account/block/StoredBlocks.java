package io.flick.account.block;

import static io.flick.shared.Utc.utc;

import java.time.Instant;
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

/** Blocks, as a collection of (blocker, blocked) pairs. */
@Repository
class StoredBlocks {

    private final JdbcClient jdbc;

    StoredBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the block is new */
    boolean add(UserId blocker, UserId blocked, Instant now) {
        return jdbc.sql("""
                INSERT INTO account.blocks (blocker_id, blocked_id, created_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(blocker.value(), blocked.value(), utc(now))
                .update() == 1;
    }

    boolean remove(UserId blocker, UserId blocked) {
        return jdbc.sql("DELETE FROM account.blocks WHERE blocker_id = ? AND blocked_id = ?")
                .params(blocker.value(), blocked.value()).update() == 1;
    }

    boolean eitherBlocks(UserId one, UserId other) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM account.blocks
                               WHERE (blocker_id = :a AND blocked_id = :b) OR (blocker_id = :b AND blocked_id = :a))""")
                .param("a", one.value()).param("b", other.value())
                .query(Boolean.class).single();
    }

    Set<UserId> hiddenFrom(UserId user) {
        return new HashSet<>(jdbc.sql("""
                SELECT blocked_id FROM account.blocks WHERE blocker_id = :u
                UNION SELECT blocker_id FROM account.blocks WHERE blocked_id = :u""")
                .param("u", user.value())
                .query((rs, row) -> new UserId(rs.getLong(1))).list());
    }

    /** Newest first; the cursor is (created_at in microseconds, blocked id) of the last row seen. */
    Slice<Entry> page(UserId blocker, PageRequest request) {
        Keyset keyset = Keyset.of(request, 2);
        return keyset.slice(jdbc.sql("""
                SELECT blocked_id, created_at FROM account.blocks
                WHERE blocker_id = :blocker AND %s
                ORDER BY created_at DESC, blocked_id DESC
                LIMIT :limit""".formatted(Keyset.olderThan("created_at", "blocked_id")))
                .param("blocker", blocker.value())
                .params(keyset.params())
                .query((rs, row) -> new Entry(new UserId(rs.getLong("blocked_id")),
                        Utc.instant(rs, "created_at")))
                .list(), Entry::cursor);
    }

    record Entry(UserId blocked, Instant blockedAt) {

        Cursor cursor() {
            return Cursor.of(blockedAt, blocked.value());
        }
    }
}
