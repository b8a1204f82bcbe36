package io.flick.account.profile;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.flick.shared.UserId;

/**
 * A user as the API shows them (seed 001's {@code users}). {@code email} and {@code phone} appear
 * only in the owner's own view. {@code relationship} is how the viewer stands towards this user:
 * {@code self}, {@code none}, {@code following}, {@code requested}, {@code follows_you} or
 * {@code friends} (see {@link io.flick.account.Relationship}).
 */
public record ProfileView(
        UserId userId,
        String username,
        String displayName,
        String bio,
        String avatarUrl,
        boolean isVerified,
        boolean isPrivate,
        int followerCount,
        int followingCount,
        long likesCount,
        int videoCount,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @JsonInclude(JsonInclude.Include.NON_NULL) String phone,
        boolean likedVideosPublic,
        String relationship) {
}
