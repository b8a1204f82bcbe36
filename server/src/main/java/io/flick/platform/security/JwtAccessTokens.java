package io.flick.platform.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import io.flick.platform.AccessTokens;
import io.flick.shared.UserId;

/** Signs RS256 access tokens: subject = the user's public id, {@code sid} = the login session. */
class JwtAccessTokens implements AccessTokens {

    static final String ISSUER = "flick";
    static final String SESSION_CLAIM = "sid";

    private final JwtEncoder encoder;
    private final SecuritySettings settings;
    private final Clock clock;

    JwtAccessTokens(JwtEncoder encoder, SecuritySettings settings, Clock clock) {
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(UserId user, long sessionId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.accessTokenTtl());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(SESSION_CLAIM, sessionId)
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, expiresAt, settings.accessTokenTtl().toSeconds());
    }
}
