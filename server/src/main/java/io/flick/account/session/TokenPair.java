package io.flick.account.session;

import java.time.Instant;

import io.flick.shared.UserId;

/** An access token and the refresh token that renews it, both for one session. */
public record TokenPair(UserId user, String accessToken, long expiresIn, String refreshToken, Instant refreshExpiresAt) {
}
