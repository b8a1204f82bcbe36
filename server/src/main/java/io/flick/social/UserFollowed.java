package io.flick.social;

import io.flick.shared.UserId;

/** {@code follower} now follows {@code followee} (directly, or by an approved request). */
public record UserFollowed(UserId follower, UserId followee) {
}
