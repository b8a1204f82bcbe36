package io.flick.platform;

/**
 * Asked for every authenticated request: is the login session an access token belongs to still
 * active? Implemented by the account module (dependency inversion: platform cannot see accounts),
 * so that logging out and refresh-token theft detection also end the session's access tokens.
 */
public interface SessionValidity {

    boolean isActive(long sessionId);
}
