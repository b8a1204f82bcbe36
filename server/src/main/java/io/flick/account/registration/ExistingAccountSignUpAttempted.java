package io.flick.account.registration;

import io.flick.account.user.ContactAddress;

/**
 * Someone signed up with an address that already has an account. The API answers exactly as for a
 * new address (it must not reveal who has an account); the owner is told by message instead.
 */
public record ExistingAccountSignUpAttempted(ContactAddress to) {
}
