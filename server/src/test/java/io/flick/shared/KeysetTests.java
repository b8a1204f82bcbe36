package io.flick.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.support.IntegrationTest;

/**
 * The keyset helper against the real PostgreSQL: rows are made in the query itself (no table), listed
 * newest first by (time, id) or oldest first, and paged at the boundaries where keyset paging breaks
 * first: no rows, exactly a page, one row more than a page, a cursor on the last row, and ties in time.
 */
class KeysetTests extends IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00.123456Z");

    @Autowired
    JdbcClient jdbc;

    record Row(Instant at, long id) {

        Cursor cursor() {
            return Cursor.of(at, id);
        }
    }

    @Test
    void anEmptyListIsOneEmptyPageWithoutANextCursor() {
        Slice<Row> page = newestFirst(List.of(), request(3, null));

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void exactlyALimitOfRowsIsTheLastPage() {
        List<Row> rows = rows(3);

        Slice<Row> page = newestFirst(rows, request(3, null));

        assertThat(page.items()).containsExactly(rows.get(2), rows.get(1), rows.get(0));
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void oneRowMoreThanTheLimitGivesAFullPageAndACursorToTheLastRow() {
        List<Row> rows = rows(4);

        Slice<Row> first = newestFirst(rows, request(3, null));
        Slice<Row> second = newestFirst(rows, request(3, first.nextCursor()));

        assertThat(first.items()).containsExactly(rows.get(3), rows.get(2), rows.get(1));
        assertThat(first.nextCursor()).isNotNull();
        assertThat(second.items()).containsExactly(rows.get(0));
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void aCursorAtTheLastRowGivesAnEmptyPage() {
        List<Row> rows = rows(3);
        String atLast = rows.getFirst().cursor().encode(LIST);

        Slice<Row> page = newestFirst(rows, request(3, atLast));

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void rowsOfTheSameMicrosecondAreNeitherSkippedNorRepeatedAcrossPages() {
        List<Row> rows = LongStream.rangeClosed(1, 5).mapToObj(id -> new Row(T0, id)).toList();

        Slice<Row> first = newestFirst(rows, request(2, null));
        Slice<Row> second = newestFirst(rows, request(2, first.nextCursor()));
        Slice<Row> third = newestFirst(rows, request(2, second.nextCursor()));

        assertThat(first.items()).extracting(Row::id).containsExactly(5L, 4L);
        assertThat(second.items()).extracting(Row::id).containsExactly(3L, 2L);
        assertThat(third.items()).extracting(Row::id).containsExactly(1L);
        assertThat(third.nextCursor()).isNull();
    }

    @Test
    void oldestFirstPagesForward() {
        List<Row> rows = rows(5);

        Slice<Row> first = oldestFirst(rows, request(3, null));
        Slice<Row> second = oldestFirst(rows, request(3, first.nextCursor()));

        assertThat(first.items()).containsExactly(rows.get(0), rows.get(1), rows.get(2));
        assertThat(second.items()).containsExactly(rows.get(3), rows.get(4));
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void numericKeysPageDownward() {
        // (count, id) as for comments by likes: ties in count broken by id.
        List<long[]> rows = List.of(new long[] {7, 1}, new long[] {7, 2}, new long[] {3, 3}, new long[] {9, 4});

        Slice<long[]> first = mostFirst(rows, request(2, null));
        Slice<long[]> second = mostFirst(rows, request(2, first.nextCursor()));

        assertThat(first.items()).extracting(r -> r[1]).containsExactly(4L, 2L);
        assertThat(second.items()).extracting(r -> r[1]).containsExactly(1L, 3L);
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void theFetchIsOneRowMoreThanThePageAndAFirstPageHasNoKeys() {
        Keyset keyset = Keyset.of(request(3, null), 2);

        assertThat(keyset.params()).containsEntry("limit", 4).containsEntry("after_0", null).containsEntry("after_1", null);
    }

    private static final String LIST = "keyset-tests";

    private static PageRequest request(int limit, String cursor) {
        return new PageRequest(limit, cursor, LIST);
    }

    /** Row i (0-based) is i seconds after T0, so a later index is newer. */
    private static List<Row> rows(int count) {
        return LongStream.range(0, count).mapToObj(i -> new Row(T0.plusSeconds(i), 100 + i)).toList();
    }

    private Slice<Row> newestFirst(List<Row> rows, PageRequest request) {
        return timed(rows, request, Keyset.olderThan("at", "id") + " ORDER BY at DESC, id DESC");
    }

    private Slice<Row> oldestFirst(List<Row> rows, PageRequest request) {
        return timed(rows, request, Keyset.newerThan("at", "id") + " ORDER BY at, id");
    }

    private Slice<Row> timed(List<Row> rows, PageRequest request, String conditionAndOrder) {
        Keyset keyset = Keyset.of(request, 2);
        return keyset.slice(jdbc.sql("""
                WITH t(at, id) AS (SELECT TIMESTAMPTZ 'epoch' + m * INTERVAL '1 microsecond', i
                                   FROM unnest(:micros::bigint[], :ids::bigint[]) AS u(m, i))
                SELECT at, id FROM t WHERE %s LIMIT :limit""".formatted(conditionAndOrder))
                .param("micros", rows.stream().map(r -> r.cursor().key(0)).toArray(Long[]::new))
                .param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
                .params(keyset.params())
                .query((rs, n) -> new Row(rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getLong("id")))
                .list(), Row::cursor);
    }

    private Slice<long[]> mostFirst(List<long[]> rows, PageRequest request) {
        Keyset keyset = Keyset.of(request, 2);
        return keyset.slice(jdbc.sql("""
                SELECT c, id FROM unnest(:counts::bigint[], :ids::bigint[]) AS t(c, id)
                WHERE %s ORDER BY c DESC, id DESC LIMIT :limit""".formatted(Keyset.below("c", "id")))
                .param("counts", rows.stream().map(r -> r[0]).toArray(Long[]::new))
                .param("ids", rows.stream().map(r -> r[1]).toArray(Long[]::new))
                .params(keyset.params())
                .query((rs, n) -> new long[] {rs.getLong("c"), rs.getLong("id")})
                .list(), r -> Cursor.of(r[0], r[1]));
    }
}
