package io.flick.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accepts only the lifetimes this server issues: an issue time and an expiry are both present, the
 * token was not issued in the future, and it lives no longer than an access token may. A correctly
 * signed token that breaks this was not made by {@link JwtAccessTokens} (a leaked key, or a bug),
 * and a token without expiry would never stop working. Expiry and not-before themselves are
 * checked by Spring's timestamp validator; {@code clockSkew} tolerates other nodes' clocks.
 */
class TokenLifetimeValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error FOREIGN = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The token's lifetime is not one this server issues", null);

    private final Duration maxLifetime;
    private final Duration clockSkew;
    private final Clock clock;

    TokenLifetimeValidator(Duration maxLifetime, Duration clockSkew, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant issuedAt = token.getIssuedAt();
        Instant expiresAt = token.getExpiresAt();
        if (issuedAt == null || expiresAt == null
                || issuedAt.isAfter(clock.instant().plus(clockSkew))
                || expiresAt.isBefore(issuedAt)
                || Duration.between(issuedAt, expiresAt).compareTo(maxLifetime.plus(clockSkew)) > 0) {
            return OAuth2TokenValidatorResult.failure(FOREIGN);
        }
        return OAuth2TokenValidatorResult.success();
    }
}
