package io.flick.account.registration;

import java.time.Instant;

import io.flick.account.user.ContactAddress;

record PendingRegistration(long id, ContactAddress address, String username, String displayName, String passwordHash,
                           byte[] codeHash, int attempts, Instant expiresAt, Instant createdAt) {
}
