package io.flick.social;

import io.flick.shared.UserId;

/** {@code follower} no longer follows {@code followee} (unfollowed, or severed by a block). */
public record UserUnfollowed(UserId follower, UserId followee) {
}
