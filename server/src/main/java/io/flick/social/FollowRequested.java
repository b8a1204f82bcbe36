package io.flick.social;

import io.flick.shared.UserId;

/** {@code requester} asked to follow the private account {@code target}. */
public record FollowRequested(UserId requester, UserId target) {
}
