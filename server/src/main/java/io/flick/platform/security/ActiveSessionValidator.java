package io.flick.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import io.flick.platform.SessionValidity;
import io.flick.shared.PublicIds;
import io.flick.shared.UserId;

/**
 * Refuses access tokens whose login session ended (logout, or a stolen refresh token detected), and
 * tokens whose session is not the subject's own: a session id never authenticates anyone else.
 */
class ActiveSessionValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error ENDED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The session has ended", null);
    private final SessionValidity sessions;

    ActiveSessionValidator(SessionValidity sessions) {
        this.sessions = sessions;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object sid = token.getClaims().get(JwtAccessTokens.SESSION_CLAIM);
        if (sid instanceof Number session && subject(token) instanceof UserId user
                && sessions.isActive(session.longValue(), user)) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(ENDED);
    }

    private static UserId subject(Jwt token) {
        try {
            return token.getSubject() == null ? null : UserId.parse(token.getSubject());
        } catch (PublicIds.InvalidIdException | IllegalArgumentException e) {
            return null;
        }
    }
}
