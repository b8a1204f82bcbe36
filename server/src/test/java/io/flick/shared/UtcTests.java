package io.flick.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.support.IntegrationTest;

/** Instants through PostgreSQL's timestamptz and back, by {@link Utc}. */
class UtcTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInstantComesBackFromTheDatabaseToTheMicrosecond() {
        Instant at = Instant.parse("2026-12-07T23:59:59.123456Z");

        Instant back = jdbc.sql("SELECT ?::timestamptz AS at").param(Utc.utc(at))
                .query((rs, n) -> Utc.instant(rs, "at")).single();

        assertThat(back).isEqualTo(at);
    }

    @Test
    void whatIsStoredIsTheInstantWhateverTheSessionTimeZone() {
        Instant at = Instant.parse("2026-03-29T01:30:00Z");

        String text = jdbc.sql("SELECT to_char(?::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')")
                .param(Utc.utc(at)).query(String.class).single();

        assertThat(Utc.utc(at).getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(text).isEqualTo("2026-03-29 01:30:00");
    }

    @Test
    void nullStaysNullBothWays() {
        Instant back = jdbc.sql("SELECT ?::timestamptz AS at").param(Utc.utc(null))
                .query((rs, n) -> Utc.instant(rs, 1)).list().getFirst();

        assertThat(back).isNull();
    }
}
