package io.flick.account.messaging;

import io.flick.account.user.ContactAddress;

/** A text for one person: an e-mail (with subject) or an SMS (subject ignored). */
public record OutgoingMessage(ContactAddress to, String subject, String body) {
}
