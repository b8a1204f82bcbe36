package io.flick.platform;

import io.flick.shared.UserId;

/**
 * Asked for every authenticated request: is the login session an access token belongs to still
 * active, and is it a session of the token's subject? Implemented by the account module
 * (dependency inversion: platform cannot see accounts), so that logging out and refresh-token theft
 * detection also end the session's access tokens.
 */
public interface SessionValidity {

    boolean isActive(long sessionId, UserId user);
}
