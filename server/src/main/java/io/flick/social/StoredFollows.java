package io.flick.social;

import static io.flick.shared.Utc.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.shared.Cursor;
import io.flick.shared.Keyset;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.Utc;

/** Follows and follow requests, as collections. */
@Repository
class StoredFollows {

    private final JdbcClient jdbc;

    StoredFollows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the follow is new */
    boolean follow(UserId follower, UserId followee, Instant now) {
        return jdbc.sql("INSERT INTO social.follows (follower_id, followee_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(follower.value(), followee.value(), utc(now)).update() == 1;
    }

    boolean unfollow(UserId follower, UserId followee) {
        return jdbc.sql("DELETE FROM social.follows WHERE follower_id = ? AND followee_id = ?")
                .params(follower.value(), followee.value()).update() == 1;
    }

    boolean follows(UserId follower, UserId followee) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM social.follows WHERE follower_id = ? AND followee_id = ?)")
                .params(follower.value(), followee.value()).query(Boolean.class).single();
    }

    Set<UserId> followedAmong(UserId follower, Collection<UserId> followees) {
        return among("SELECT followee_id FROM social.follows WHERE follower_id = ? AND followee_id = ANY(?)", follower, followees);
    }

    Set<UserId> followersAmong(UserId followee, Collection<UserId> followers) {
        return among("SELECT follower_id FROM social.follows WHERE followee_id = ? AND follower_id = ANY(?)", followee, followers);
    }

    Set<UserId> requestedAmong(UserId requester, Collection<UserId> targets) {
        return among("SELECT target_id FROM social.follow_requests WHERE requester_id = ? AND target_id = ANY(?)", requester, targets);
    }

    /** One query for a whole set of others: {@code sql} takes the user and an array of the others. */
    private Set<UserId> among(String sql, UserId user, Collection<UserId> others) {
        if (others.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql(sql).params(user.value(), others.stream().map(UserId::value).distinct().toArray(Long[]::new))
                .query((rs, n) -> new UserId(rs.getLong(1))).set();
    }

    boolean request(UserId requester, UserId target, Instant now) {
        return jdbc.sql("INSERT INTO social.follow_requests (requester_id, target_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(requester.value(), target.value(), utc(now)).update() == 1;
    }

    boolean withdraw(UserId requester, UserId target) {
        return jdbc.sql("DELETE FROM social.follow_requests WHERE requester_id = ? AND target_id = ?")
                .params(requester.value(), target.value()).update() == 1;
    }

    boolean requested(UserId requester, UserId target) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM social.follow_requests WHERE requester_id = ? AND target_id = ?)")
                .params(requester.value(), target.value()).query(Boolean.class).single();
    }

    /** Removes and returns everyone who asked to follow {@code target}. */
    List<UserId> takeRequests(UserId target) {
        return jdbc.sql("DELETE FROM social.follow_requests WHERE target_id = ? RETURNING requester_id")
                .param(target.value()).query((rs, row) -> new UserId(rs.getLong(1))).list();
    }

    /** Followers of {@code user}, newest first, but none of {@code hidden}. */
    Slice<Edge> followers(UserId user, PageRequest page, Set<UserId> hidden) {
        return edges("""
                SELECT follower_id AS other, created_at FROM social.follows WHERE followee_id = :user
                  AND NOT follower_id = ANY(:hidden)
                  AND %s
                ORDER BY created_at DESC, follower_id DESC LIMIT :limit""".formatted(Keyset.olderThan("created_at", "follower_id")),
                user, page, hidden);
    }

    /** Accounts {@code user} follows, newest first, but none of {@code hidden}. */
    Slice<Edge> following(UserId user, PageRequest page, Set<UserId> hidden) {
        return edges("""
                SELECT followee_id AS other, created_at FROM social.follows WHERE follower_id = :user
                  AND NOT followee_id = ANY(:hidden)
                  AND %s
                ORDER BY created_at DESC, followee_id DESC LIMIT :limit""".formatted(Keyset.olderThan("created_at", "followee_id")),
                user, page, hidden);
    }

    /** Mutual follows of {@code user}, by when {@code user} followed them, newest first, but none of {@code hidden}. */
    Slice<Edge> friends(UserId user, PageRequest page, Set<UserId> hidden) {
        return edges("""
                SELECT f.followee_id AS other, f.created_at FROM social.follows f
                JOIN social.follows back ON back.follower_id = f.followee_id AND back.followee_id = f.follower_id
                WHERE f.follower_id = :user AND NOT f.followee_id = ANY(:hidden)
                  AND %s
                ORDER BY f.created_at DESC, f.followee_id DESC LIMIT :limit""".formatted(Keyset.olderThan("f.created_at", "f.followee_id")),
                user, page, hidden);
    }

    /** Pending requests to {@code user}, newest first. */
    Slice<Edge> requests(UserId user, PageRequest page) {
        return edges("""
                SELECT requester_id AS other, created_at FROM social.follow_requests WHERE target_id = :user
                  AND %s
                ORDER BY created_at DESC, requester_id DESC LIMIT :limit""".formatted(Keyset.olderThan("created_at", "requester_id")),
                user, page, Set.of());
    }

    private Slice<Edge> edges(String sql, UserId user, PageRequest page, Set<UserId> hidden) {
        Keyset keyset = Keyset.of(page, 2);
        return keyset.slice(jdbc.sql(sql)
                .param("user", user.value())
                .param("hidden", hidden.stream().map(UserId::value).toArray(Long[]::new))
                .params(keyset.params())
                .query((rs, row) -> new Edge(new UserId(rs.getLong("other")),
                        Utc.instant(rs, "created_at")))
                .list(), Edge::cursor);
    }


    record Edge(UserId other, Instant since) {

        Cursor cursor() {
            return Cursor.of(since, other.value());
        }
    }
}
