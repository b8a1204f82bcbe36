package io.flick.account.registration;

import java.time.Duration;

import io.flick.account.user.ContactAddress;

/**
 * Someone signed up with an address whose earlier sign-up still waits for its code, with another
 * password. The earlier sign-up is kept (its code must not create someone else's account); the API
 * answers as always, and the address is told by message instead.
 */
public record SignUpAlreadyPending(ContactAddress to, Duration pendingFor) {
}
