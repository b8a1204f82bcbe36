package io.flick.account;

import io.flick.shared.ProblemCode;

/** The errors about accounts, sign-up, sessions, profiles and blocks; {@code USER_NOT_FOUND} is raised by every module that names a user. */
public enum AccountProblem implements ProblemCode {
    INVALID_CREDENTIALS(401, "Invalid credentials"),
    INVALID_REFRESH_TOKEN(401, "Invalid refresh token"),
    REFRESH_TOKEN_REUSED(401, "Refresh token reused"),
    ACCOUNT_NOT_VERIFIED(403, "Account not verified"),
    USER_NOT_FOUND(404, "User not found"),
    USERNAME_TAKEN(409, "Username taken"),
    INVALID_VERIFICATION_CODE(400, "Invalid verification code"),
    VERIFICATION_CODE_EXPIRED(400, "Verification code expired"),
    NOT_AN_IMAGE(400, "Not an image"),
    CANNOT_BLOCK_SELF(400, "Cannot block yourself");

    private final int status;
    private final String title;

    AccountProblem(int status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
