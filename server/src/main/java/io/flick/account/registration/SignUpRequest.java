package io.flick.account.registration;

/** Body of {@code POST /api/v1/auth/register}: an e-mail address or a phone number, and a password. */
record SignUpRequest(String email, String phone, String password, String username, String displayName) {
}
