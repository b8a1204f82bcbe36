package io.flick.account.session;

import static io.flick.shared.Utc.utc;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.shared.UserId;
import io.flick.shared.Utc;

/** Login sessions and their refresh tokens. */
@Repository
class Sessions {

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void open(long sessionId, UserId user, Instant now) {
        jdbc.sql("INSERT INTO account.sessions (id, user_id, created_at, refreshed_at) VALUES (?, ?, ?, ?)")
                .params(sessionId, user.value(), utc(now), utc(now))
                .update();
    }

    void addToken(long sessionId, byte[] tokenHash, Instant now, Instant expiresAt) {
        jdbc.sql("INSERT INTO account.refresh_tokens (token_hash, session_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(tokenHash, sessionId, utc(now), utc(expiresAt))
                .update();
    }

    /** The token and its session, both locked, so one token can be exchanged only once. */
    Optional<PresentedToken> lockToken(byte[] tokenHash) {
        return jdbc.sql("""
                SELECT t.session_id, t.expires_at, t.used_at, s.user_id, s.revoked_at
                FROM account.refresh_tokens t JOIN account.sessions s ON s.id = t.session_id
                WHERE t.token_hash = ? FOR UPDATE OF t, s""")
                .param(tokenHash)
                .query((rs, row) -> new PresentedToken(rs.getLong("session_id"), new UserId(rs.getLong("user_id")),
                        Utc.instant(rs, "expires_at"),
                        Utc.instant(rs, "used_at") != null,
                        Utc.instant(rs, "revoked_at") != null))
                .optional();
    }

    void markUsed(byte[] tokenHash, Instant now) {
        jdbc.sql("UPDATE account.refresh_tokens SET used_at = ? WHERE token_hash = ?").params(utc(now), tokenHash).update();
    }

    void touch(long sessionId, Instant now) {
        jdbc.sql("UPDATE account.sessions SET refreshed_at = ? WHERE id = ?").params(utc(now), sessionId).update();
    }

    /** @return whether a live session of {@code user} was revoked */
    boolean revoke(long sessionId, UserId user, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE account.sessions SET revoked_at = ?, revoked_reason = ?
                WHERE id = ? AND user_id = ? AND revoked_at IS NULL""")
                .params(utc(now), reason, sessionId, user.value())
                .update() == 1;
    }

    /** The user whose live session this is; empty once it was revoked, or if it never existed. */
    Optional<UserId> liveOwner(long sessionId) {
        return jdbc.sql("SELECT user_id FROM account.sessions WHERE id = ? AND revoked_at IS NULL")
                .param(sessionId).query(Long.class).optional().map(UserId::new);
    }


    record PresentedToken(long sessionId, UserId user, Instant expiresAt, boolean used, boolean sessionRevoked) {
    }
}
