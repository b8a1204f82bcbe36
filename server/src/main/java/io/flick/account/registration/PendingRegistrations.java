package io.flick.account.registration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.account.user.ContactAddress;

/** Sign-ups waiting for their code, at most one per address (a new sign-up replaces the old). */
@Repository
class PendingRegistrations {

    private final JdbcClient jdbc;

    PendingRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(PendingRegistration registration) {
        jdbc.sql("""
                INSERT INTO account.registrations (id, channel, address, username, display_name, password_hash,
                                                   code_hash, attempts, expires_at, created_at)
                VALUES (:id, :channel, :address, :username, :display, :hash, :code, 0, :expires, :created)
                ON CONFLICT (channel, address) DO UPDATE SET
                    id = EXCLUDED.id, username = EXCLUDED.username, display_name = EXCLUDED.display_name,
                    password_hash = EXCLUDED.password_hash, code_hash = EXCLUDED.code_hash, attempts = 0,
                    expires_at = EXCLUDED.expires_at, created_at = EXCLUDED.created_at""")
                .param("id", registration.id())
                .param("channel", registration.address().channel().code())
                .param("address", registration.address().value())
                .param("username", registration.username())
                .param("display", registration.displayName())
                .param("hash", registration.passwordHash())
                .param("code", registration.codeHash())
                .param("expires", utc(registration.expiresAt()))
                .param("created", utc(registration.createdAt()))
                .update();
    }

    /** Locks the row: concurrent guesses at one code are counted one after another. */
    Optional<PendingRegistration> lock(ContactAddress address) {
        return jdbc.sql("""
                SELECT id, channel, address, username, display_name, password_hash, code_hash, attempts, expires_at,
                       created_at
                FROM account.registrations WHERE channel = ? AND address = ? FOR UPDATE""")
                .params(address.channel().code(), address.value())
                .query((rs, row) -> new PendingRegistration(rs.getLong("id"),
                        new ContactAddress(ContactAddress.Channel.of(rs.getString("channel")), rs.getString("address")),
                        rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                        rs.getBytes("code_hash"), rs.getInt("attempts"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    void renewCode(long id, byte[] codeHash, Instant expiresAt) {
        jdbc.sql("UPDATE account.registrations SET code_hash = ?, attempts = 0, expires_at = ? WHERE id = ?")
                .params(codeHash, utc(expiresAt), id)
                .update();
    }

    void countFailedAttempt(long id) {
        jdbc.sql("UPDATE account.registrations SET attempts = attempts + 1 WHERE id = ?").param(id).update();
    }

    void remove(long id) {
        jdbc.sql("DELETE FROM account.registrations WHERE id = ?").param(id).update();
    }

    int removeExpired(Instant now) {
        return jdbc.sql("DELETE FROM account.registrations WHERE expires_at < ?").param(utc(now)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
