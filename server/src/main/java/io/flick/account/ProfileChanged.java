package io.flick.account;

import io.flick.shared.UserId;

/**
 * A user changed the names others find them by (username or display name): search re-indexes the
 * user and their videos. Carries the names as they are now.
 */
public record ProfileChanged(UserId user, String username, String displayName) {
}
