package io.flick.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of PostgreSQL's {@code timestamptz}, written once: the JDBC driver binds an
 * {@link OffsetDateTime} (not an {@link Instant}), and the offset is UTC so that what is stored never
 * depends on the JVM's time zone. {@code null} stays {@code null} both ways.
 */
public final class Utc {

    private Utc() {
    }

    /** An instant as a {@code timestamptz} parameter. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A {@code timestamptz} column as an instant. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A {@code timestamptz} column, by position, as an instant. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
