/**
 * Accounts: sign-up with a verified e-mail address or phone number, log-in sessions with rotating
 * refresh tokens, public profiles and blocks. Other modules see users only through the types in
 * this package: the {@link io.flick.account.Blocks} query and the events.
 */
@ApplicationModule(displayName = "Accounts")
package io.flick.account;

import org.springframework.modulith.ApplicationModule;
