package io.flick.account.registration;

/**
 * The answer to a sign-up, identical whether or not the address already has an account: a code
 * was (or, for an existing account, a notice was) sent to {@code destination}.
 */
record SignUpStarted(String status, String channel, String destination, long expiresIn) {
}
