package io.flick.discovery.recent;

import static io.flick.shared.Utc.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.flick.shared.UserId;
import io.flick.shared.Utc;

/** Each member's recent searches, as a collection: the newest {@value #KEPT} distinct queries per user. */
@Repository
public class RecentSearches {

    public static final int KEPT = 20;

    private final JdbcClient jdbc;

    RecentSearches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a search: a query searched before moves to the top; beyond {@value #KEPT} the oldest go. */
    @Transactional
    public void record(UserId user, String query, Instant at) {
        jdbc.sql("""
                INSERT INTO discovery.recent_searches (user_id, query, searched_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id, query) DO UPDATE SET searched_at = EXCLUDED.searched_at""")
                .params(user.value(), query, utc(at)).update();
        jdbc.sql("""
                DELETE FROM discovery.recent_searches WHERE user_id = :user AND query NOT IN (
                    SELECT query FROM discovery.recent_searches WHERE user_id = :user
                    ORDER BY searched_at DESC, query LIMIT :kept)""")
                .param("user", user.value()).param("kept", KEPT).update();
    }

    public List<RecentSearch> newestFirst(UserId user) {
        return jdbc.sql("""
                SELECT query, searched_at FROM discovery.recent_searches WHERE user_id = ?
                ORDER BY searched_at DESC, query LIMIT ?""")
                .params(user.value(), KEPT)
                .query((rs, row) -> new RecentSearch(rs.getString("query"), Utc.instant(rs, "searched_at"))).list();
    }

    /** Those starting with {@code prefix} (case-insensitive), newest first: type-ahead's query suggestions. */
    public List<String> startingWith(UserId user, String prefix, int limit) {
        return jdbc.sql("""
                SELECT query FROM discovery.recent_searches WHERE user_id = ? AND starts_with(lower(query), lower(?))
                ORDER BY searched_at DESC, query LIMIT ?""")
                .params(user.value(), prefix, limit).query(String.class).list();
    }

    public void remove(UserId user, String query) {
        jdbc.sql("DELETE FROM discovery.recent_searches WHERE user_id = ? AND query = ?").params(user.value(), query).update();
    }

    public void clear(UserId user) {
        jdbc.sql("DELETE FROM discovery.recent_searches WHERE user_id = ?").param(user.value()).update();
    }

    public record RecentSearch(String query, Instant searchedAt) {
    }
}
