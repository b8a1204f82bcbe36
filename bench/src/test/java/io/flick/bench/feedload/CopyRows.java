package io.flick.bench.feedload;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with PostgreSQL's COPY (text format), the fastest way in: millions
 * of rows in seconds where batched INSERTs take minutes. Values must not contain tabs, newlines or
 * backslashes (the synthetic vocabulary has none), so nothing is escaped.
 */
public final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private boolean rowStarted;
    private long rows;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    public static CopyRows into(Connection connection, String table, String columns) throws SQLException {
        return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
    }

    public CopyRows value(long value) {
        return separator().append(value);
    }

    public CopyRows value(double value) {
        return separator().append(value);
    }

    public CopyRows value(boolean value) {
        return separator().append(value ? 't' : 'f');
    }

    public CopyRows value(String value) {
        return value == null ? nothing() : separator().append(value);
    }

    public CopyRows time(long epochMillis) {
        return separator().append(Instant.ofEpochMilli(epochMillis));
    }

    public CopyRows nothing() {
        return separator().append("\\N");
    }

    /** A PostgreSQL array literal, e.g. {@code {a,b}} or {@code {0.1,0.2}}, already formatted. */
    public CopyRows array(String literal) {
        return separator().append(literal);
    }

    public void endRow() throws SQLException {
        buffer.append('\n');
        rowStarted = false;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }

    private CopyRows separator() {
        if (rowStarted) {
            buffer.append('\t');
        }
        rowStarted = true;
        return this;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private CopyRows append(Object value) {
        buffer.append(value);
        return this;
    }

    private CopyRows append(long value) {
        buffer.append(value);
        return this;
    }

    private CopyRows append(double value) {
        buffer.append(value);
        return this;
    }

    private CopyRows append(char value) {
        buffer.append(value);
        return this;
    }

    private CopyRows append(String value) {
        buffer.append(value);
        return this;
    }
}
