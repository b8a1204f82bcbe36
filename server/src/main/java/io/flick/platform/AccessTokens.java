package io.flick.platform;

import java.time.Instant;

import io.flick.shared.UserId;

/** Issues the short-lived signed access tokens the API accepts as {@code Authorization: Bearer}. */
public interface AccessTokens {

    IssuedToken issue(UserId user, long sessionId);

    record IssuedToken(String value, Instant expiresAt, long expiresInSeconds) {
    }
}
