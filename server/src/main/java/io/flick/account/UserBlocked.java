package io.flick.account;

import io.flick.shared.UserId;

/** {@code blocker} blocked {@code blocked}; follows between them must end. */
public record UserBlocked(UserId blocker, UserId blocked) {
}
