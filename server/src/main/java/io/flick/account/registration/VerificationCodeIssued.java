package io.flick.account.registration;

import java.time.Duration;

import io.flick.account.user.ContactAddress;

/**
 * A sign-up code to deliver, for the account {@code username} the code will create. Internal to
 * accounts; the code is a secret and never logged outside dev mode.
 */
public record VerificationCodeIssued(ContactAddress to, String code, Duration validFor, String username) {
}
