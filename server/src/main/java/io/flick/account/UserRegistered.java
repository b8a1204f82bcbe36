package io.flick.account;

import io.flick.shared.UserId;

/** A sign-up was verified and the account exists. */
public record UserRegistered(UserId user, String username) {
}
