package io.flick.account.user;

import java.time.Instant;

import io.flick.shared.UserId;

/**
 * One row of {@code account.users}. Stays inside the module: the API edge speaks in views.
 *
 * @param likesCount       likes received on all the user's videos (what the owner sees)
 * @param videoCount       all the user's published videos (what the owner sees)
 * @param publicLikesCount likes received on their public videos (what everyone else sees)
 * @param publicVideoCount their published public videos (what everyone else sees)
 */
public record UserRow(UserId id, String username, String email, String phone, String passwordHash,
                      String displayName, String bio, String avatarKey, boolean verified, boolean privateAccount,
                      int followerCount, int followingCount, long likesCount, int videoCount, Instant createdAt,
                      boolean likedVideosPublic, long publicLikesCount, int publicVideoCount) {

    /** A row whose public counts equal its counts (a new account: both zero). */
    public UserRow(UserId id, String username, String email, String phone, String passwordHash,
                   String displayName, String bio, String avatarKey, boolean verified, boolean privateAccount,
                   int followerCount, int followingCount, long likesCount, int videoCount, Instant createdAt,
                   boolean likedVideosPublic) {
        this(id, username, email, phone, passwordHash, displayName, bio, avatarKey, verified, privateAccount,
                followerCount, followingCount, likesCount, videoCount, createdAt, likedVideosPublic, likesCount, videoCount);
    }
}
