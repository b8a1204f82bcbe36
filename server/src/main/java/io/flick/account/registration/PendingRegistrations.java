package io.flick.account.registration;

import static io.flick.shared.Utc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.account.user.ContactAddress;
import io.flick.shared.Utc;

/**
 * Sign-ups waiting for their code, at most one per address. A live one belongs to whoever started
 * it: only that claimant may restart it, and anyone may claim the address once it has expired.
 */
@Repository
class PendingRegistrations {

    private static final String COLUMNS = """
            id, channel, address, username, display_name, password_hash, code_hash, attempts, expires_at, created_at""";

    private final JdbcClient jdbc;

    PendingRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the address was free (or its sign-up expired) and is now {@code registration}'s */
    boolean claim(PendingRegistration registration) {
        return jdbc.sql("""
                INSERT INTO account.registrations (id, channel, address, username, display_name, password_hash,
                                                   code_hash, attempts, expires_at, created_at)
                VALUES (:id, :channel, :address, :username, :display, :hash, :code, 0, :expires, :created)
                ON CONFLICT (channel, address) DO UPDATE SET
                    id = EXCLUDED.id, username = EXCLUDED.username, display_name = EXCLUDED.display_name,
                    password_hash = EXCLUDED.password_hash, code_hash = EXCLUDED.code_hash, attempts = 0,
                    expires_at = EXCLUDED.expires_at, created_at = EXCLUDED.created_at
                WHERE account.registrations.expires_at <= EXCLUDED.created_at""")
                .params(params(registration))
                .update() == 1;
    }

    /** The claimant's own restart (new details, new code); @return whether {@code previousId} was still pending */
    boolean restart(long previousId, PendingRegistration registration) {
        return jdbc.sql("""
                UPDATE account.registrations SET id = :id, username = :username, display_name = :display,
                    password_hash = :hash, code_hash = :code, attempts = 0, expires_at = :expires, created_at = :created
                WHERE id = :previous AND channel = :channel AND address = :address""")
                .params(params(registration))
                .param("previous", previousId)
                .update() == 1;
    }

    /** The live sign-up of {@code address}, if any; not locked. */
    Optional<PendingRegistration> live(ContactAddress address, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account.registrations WHERE channel = ? AND address = ? AND expires_at > ?")
                .params(address.channel().code(), address.value(), utc(now))
                .query(PendingRegistrations::map)
                .optional();
    }

    /** Locks the row: concurrent guesses at one code are counted one after another. */
    Optional<PendingRegistration> lock(ContactAddress address) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account.registrations WHERE channel = ? AND address = ? FOR UPDATE")
                .params(address.channel().code(), address.value())
                .query(PendingRegistrations::map)
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

    private static Map<String, Object> params(PendingRegistration registration) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", registration.id());
        params.put("channel", registration.address().channel().code());
        params.put("address", registration.address().value());
        params.put("username", registration.username());
        params.put("display", registration.displayName());
        params.put("hash", registration.passwordHash());
        params.put("code", registration.codeHash());
        params.put("expires", utc(registration.expiresAt()));
        params.put("created", utc(registration.createdAt()));
        return params;
    }

    private static PendingRegistration map(ResultSet rs, int row) throws SQLException {
        return new PendingRegistration(rs.getLong("id"),
                new ContactAddress(ContactAddress.Channel.of(rs.getString("channel")), rs.getString("address")),
                rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                rs.getBytes("code_hash"), rs.getInt("attempts"),
                Utc.instant(rs, "expires_at"),
                Utc.instant(rs, "created_at"));
    }
}
