package io.flick.account;

import io.flick.shared.UserId;

/** What other modules show of a user next to their content (seed 001's embedded {@code user}). */
public record UserSummary(UserId userId, String username, String displayName, String avatarUrl, boolean isVerified,
                          boolean isPrivate, int followerCount) {
}
