package io.flick.account.user;

import java.time.Instant;

import io.flick.shared.UserId;

/** One row of {@code account.users}. Stays inside the module: the API edge speaks in views. */
public record UserRow(UserId id, String username, String email, String phone, String passwordHash,
                      String displayName, String bio, String avatarKey, boolean verified, boolean privateAccount,
                      int followerCount, int followingCount, long likesCount, int videoCount, Instant createdAt,
                      boolean likedVideosPublic) {
}
