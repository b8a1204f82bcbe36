package io.flick.account;

import io.flick.shared.UserId;

/**
 * Creates accounts without the sign-up handshake, for operators' tools (the demo catalog, load
 * generators). Never reachable from the public API.
 */
public interface AccountProvisioning {

    /** Creates a verified account, or returns the existing one with that username. */
    UserId provision(String username, String displayName, String email, String password);

    /** Whether no account exists yet: a fresh installation. */
    boolean noAccounts();
}
