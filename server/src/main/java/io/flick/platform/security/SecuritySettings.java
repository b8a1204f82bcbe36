package io.flick.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param accessTokenTtl   lifetime of an access token; short, because only the refresh token is revocable
 *                         at rest
 * @param jwtKey           an RSA private key as a JWK (JSON); when unset, one is generated on first start
 *                         and kept in the data directory. Every API node of one deployment needs the same key.
 * @param clockSkew        tolerance for clocks of different nodes when checking token times
 * @param corsOrigins      origins allowed to call the API from a browser (none: same origin only)
 * @param authPerAddress   requests to {@code /api/v1/auth/**} allowed per client address per minute
 */
@ConfigurationProperties("flick.security")
public record SecuritySettings(
        @DefaultValue("15m") Duration accessTokenTtl,
        String jwtKey,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue List<String> corsOrigins,
        @DefaultValue("30") long authPerAddress) {
}
