package io.flick.account.session;

import java.time.Clock;
import java.time.Duration;

import io.flick.account.profile.ProfileView;

/** What a successful sign-up verification, login or refresh answers (OAuth 2 token response names). */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                            long refreshTokenExpiresIn, ProfileView user) {

    public static TokenResponse of(TokenPair pair, ProfileView user, Clock clock) {
        return new TokenResponse(pair.accessToken(), "Bearer", pair.expiresIn(), pair.refreshToken(),
                Duration.between(clock.instant(), pair.refreshExpiresAt()).toSeconds(), user);
    }
}
