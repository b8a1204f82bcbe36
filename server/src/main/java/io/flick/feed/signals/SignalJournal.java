package io.flick.feed.signals;

import java.sql.Types;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.flick.feed.SignalKind;
import io.flick.shared.Utc;

/** The append-only journal of signals in {@code feed.signals}: the recommender's memory survives restarts by replaying it. */
@Component
class SignalJournal {

    private final JdbcTemplate jdbc;

    SignalJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(List<Signal> signals) {
        jdbc.batchUpdate("""
                INSERT INTO feed.signals (kind, user_id, target_id, watch_seconds, completion, at)
                VALUES (?, ?, ?, ?, ?, ?)""", signals, 1000, (statement, signal) -> {
            statement.setShort(1, signal.kind().code());
            if (signal.user() == null) {
                statement.setNull(2, Types.BIGINT);
            } else {
                statement.setLong(2, signal.user());
            }
            statement.setLong(3, signal.target());
            statement.setFloat(4, (float) signal.watchSeconds());
            statement.setFloat(5, (float) signal.completion());
            statement.setObject(6, Utc.utc(signal.at()));
        });
    }

    /** Every signal in the order it was journaled, streamed. */
    void replay(Consumer<Signal> into) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT kind, user_id, target_id, watch_seconds, completion, at FROM feed.signals ORDER BY id");
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            long user = rs.getLong(2);
            into.accept(new Signal(SignalKind.of(rs.getShort(1)), rs.wasNull() ? null : user, rs.getLong(3),
                    rs.getFloat(4), rs.getFloat(5), Utc.instant(rs, 6)));
        });
    }
}
