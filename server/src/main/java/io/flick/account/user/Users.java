package io.flick.account.user;

import static io.flick.shared.Utc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.shared.UserId;
import io.flick.shared.Utc;

/** The users, as a collection. */
@Repository
public class Users {

    private static final String COLUMNS = """
            id, username, email, phone, password_hash, display_name, bio, avatar_key, is_verified, is_private,
            follower_count, following_count, likes_count, video_count, created_at, liked_videos_public,
            public_likes_count, public_video_count""";
    static final RowMapper<UserRow> ROW = Users::map;

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UserRow user) {
        jdbc.sql("""
                INSERT INTO account.users (id, username, email, phone, password_hash, display_name, bio, is_verified,
                                           is_private, created_at, updated_at)
                VALUES (:id, :username, :email, :phone, :hash, :display, :bio, :verified, :private, :created, :created)""")
                .param("id", user.id().value())
                .param("username", user.username())
                .param("email", user.email())
                .param("phone", user.phone())
                .param("hash", user.passwordHash())
                .param("display", user.displayName())
                .param("bio", user.bio())
                .param("verified", user.verified())
                .param("private", user.privateAccount())
                .param("created", utc(user.createdAt()))
                .update();
    }

    public Optional<UserRow> byId(UserId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account.users WHERE id = ?").param(id.value()).query(ROW).optional();
    }

    /** Up to {@code limit} users with ids above {@code after} (null: from the first), in id order. */
    public List<UserRow> after(UserId after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account.users WHERE id > ? ORDER BY id LIMIT ?")
                .params(after == null ? Long.MIN_VALUE : after.value(), limit).query(ROW).list();
    }

    public List<UserRow> byIds(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM account.users WHERE id = ANY(:ids)")
                .param("ids", ids.stream().map(UserId::value).toArray(Long[]::new))
                .query(ROW).list();
    }

    public Optional<UserRow> byUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account.users WHERE lower(username) = lower(?)")
                .param(username).query(ROW).optional();
    }

    public Optional<UserRow> byEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account.users WHERE lower(email) = lower(?)")
                .param(email).query(ROW).optional();
    }

    public Optional<UserRow> byPhone(String phone) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account.users WHERE phone = ?").param(phone).query(ROW).optional();
    }

    public Optional<UserRow> byAddress(ContactAddress address) {
        return switch (address.channel()) {
            case EMAIL -> byEmail(address.value());
            case PHONE -> byPhone(address.value());
        };
    }

    /** Never below zero, whatever order concurrent changes land in. */
    public void adjustFollowCounts(UserId follower, UserId followee, int delta) {
        jdbc.sql("UPDATE account.users SET following_count = GREATEST(0, following_count + ?) WHERE id = ?")
                .params(delta, follower.value()).update();
        jdbc.sql("UPDATE account.users SET follower_count = GREATEST(0, follower_count + ?) WHERE id = ?")
                .params(delta, followee.value()).update();
    }

    /** {@code column} is one of the profile counters; never below zero. */
    public void adjustCount(UserId user, String column, long delta) {
        if (!java.util.Set.of("video_count", "likes_count", "public_video_count", "public_likes_count").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        jdbc.sql("UPDATE account.users SET " + column + " = GREATEST(0, " + column + " + ?) WHERE id = ?")
                .params(delta, user.value()).update();
    }

    public boolean none() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM account.users)").query(Boolean.class).single();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM account.users WHERE lower(username) = lower(?))")
                .param(username).query(Boolean.class).single();
    }

    /** Applies the non-null fields of {@code change}. */
    public void update(UserId id, ProfileChange change, Instant now) {
        jdbc.sql("""
                UPDATE account.users SET
                    username = COALESCE(:username, username),
                    display_name = COALESCE(:display, display_name),
                    bio = COALESCE(:bio, bio),
                    is_private = COALESCE(:private, is_private),
                    liked_videos_public = COALESCE(:likedPublic, liked_videos_public),
                    updated_at = :now
                WHERE id = :id""")
                .param("username", change.username())
                .param("display", change.displayName())
                .param("bio", change.bio())
                .param("private", change.privateAccount())
                .param("likedPublic", change.likedVideosPublic())
                .param("now", utc(now))
                .param("id", id.value())
                .update();
    }

    /** @return the previous avatar key, to delete once the new one is in place */
    public Optional<String> replaceAvatar(UserId id, String avatarKey, Instant now) {
        String previous = jdbc.sql("SELECT avatar_key FROM account.users WHERE id = ? FOR UPDATE")
                .param(id.value()).query(String.class).optional().orElse(null);
        jdbc.sql("UPDATE account.users SET avatar_key = ?, updated_at = ? WHERE id = ?")
                .params(avatarKey, utc(now), id.value())
                .update();
        return Optional.ofNullable(previous);
    }

    private static UserRow map(ResultSet rs, int row) throws SQLException {
        return new UserRow(new UserId(rs.getLong("id")), rs.getString("username"), rs.getString("email"),
                rs.getString("phone"), rs.getString("password_hash"), rs.getString("display_name"),
                rs.getString("bio"), rs.getString("avatar_key"), rs.getBoolean("is_verified"),
                rs.getBoolean("is_private"), rs.getInt("follower_count"), rs.getInt("following_count"),
                rs.getLong("likes_count"), rs.getInt("video_count"),
                Utc.instant(rs, "created_at"), rs.getBoolean("liked_videos_public"),
                rs.getLong("public_likes_count"), rs.getInt("public_video_count"));
    }

    /** A partial profile update: {@code null} means "leave as is". */
    public record ProfileChange(String username, String displayName, String bio, Boolean privateAccount,
                                Boolean likedVideosPublic) {
    }
}
