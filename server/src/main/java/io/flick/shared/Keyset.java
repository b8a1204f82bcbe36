package io.flick.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a list read by keyset (seek) paging: the page request's cursor turned into SQL
 * parameters, the conditions that seek past it, and the page cut from the rows read with the next
 * cursor made from its last row. A repository writes its query as
 * <pre>{@code
 * Keyset keyset = Keyset.of(page, 2);
 * jdbc.sql("SELECT ... WHERE ... AND " + Keyset.olderThan("created_at", "id")
 *          + " ORDER BY created_at DESC, id DESC LIMIT :limit")
 *     .params(keyset.params()).query(...).list()  // then keyset.slice(rows, Row::cursor)
 * }</pre>
 * <p>
 * Parameters: {@code :after_0}, {@code :after_1}, … are the cursor's keys ({@code NULL} on a first
 * page, so each condition starts with {@code :after_0 IS NULL OR}) and {@code :limit} is one more
 * than the page, to learn whether there is a next page. The conditions compare row values, e.g.
 * {@code (created_at, id) < (…, …)}, so an index on the ordering columns serves them. A time key is
 * carried in the cursor as microseconds since the epoch ({@link Cursor#of(java.time.Instant, long)}),
 * PostgreSQL's own precision, so no row is skipped or repeated at a page boundary.
 */
public record Keyset(PageRequest page, int keys, Cursor after) {

    private static final String TIME = "TIMESTAMPTZ 'epoch' + :after_0::bigint * INTERVAL '1 microsecond'";

    /** @param keys how many sort keys the list's cursors carry (a cursor with another number is refused) */
    public static Keyset of(PageRequest page, int keys) {
        return new Keyset(page, keys, Cursor.decode(page, keys));
    }

    /** Rows after the cursor in the order {@code time DESC, id DESC}. */
    public static String olderThan(String time, String id) {
        return "(:after_0::bigint IS NULL OR (" + time + ", " + id + ") < (" + TIME + ", :after_1::bigint))";
    }

    /** Rows after the cursor in the order {@code time, id} (oldest first). */
    public static String newerThan(String time, String id) {
        return "(:after_0::bigint IS NULL OR (" + time + ", " + id + ") > (" + TIME + ", :after_1::bigint))";
    }

    /** Rows after the cursor in the order {@code key DESC, id DESC}, both numbers. */
    public static String below(String key, String id) {
        return "(:after_0::bigint IS NULL OR (" + key + ", " + id + ") < (:after_0::bigint, :after_1::bigint))";
    }

    /** Rows after the cursor in the order {@code id DESC}. */
    public static String below(String id) {
        return "(:after_0::bigint IS NULL OR " + id + " < :after_0::bigint)";
    }

    /** {@code :after_0} … and {@code :limit}, to bind with the list's own parameters. */
    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keys; i++) {
            params.put("after_" + i, after == null ? null : after.key(i));
        }
        params.put("limit", page.fetchSize());
        return params;
    }

    /** The page: at most {@code limit} of {@code rows}, with a next cursor when more rows were read. */
    public <T> Slice<T> slice(List<T> rows, Function<T, Cursor> cursorOf) {
        return Slice.of(rows, page, cursorOf);
    }
}
