package io.flick.account;

import io.flick.shared.UserId;

/**
 * What other modules show of a user next to their content (seed 001's embedded {@code user}), plus
 * the privacy choices they must honour (not shown).
 */
public record UserSummary(UserId userId, String username, String displayName, String avatarUrl, boolean isVerified,
                          boolean isPrivate, int followerCount,
                          @com.fasterxml.jackson.annotation.JsonIgnore boolean likedVideosPublic) {
}
