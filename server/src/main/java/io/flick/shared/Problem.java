package io.flick.shared;

/**
 * The kinds of error the API reports. Each becomes an RFC 9457 problem whose {@code type} is
 * {@code /problems/{code}} and whose {@code code} is the stable machine name below. Codes are a
 * public contract: add new ones, never rename.
 */
public enum Problem {
    VALIDATION_FAILED(400, "Invalid request"),
    MALFORMED_REQUEST(400, "Malformed request"),
    INVALID_CURSOR(400, "Invalid cursor"),
    UNAUTHENTICATED(401, "Authentication required"),
    INVALID_TOKEN(401, "Invalid or expired token"),
    INVALID_CREDENTIALS(401, "Invalid credentials"),
    INVALID_REFRESH_TOKEN(401, "Invalid refresh token"),
    REFRESH_TOKEN_REUSED(401, "Refresh token reused"),
    ACCOUNT_NOT_VERIFIED(403, "Account not verified"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    USER_NOT_FOUND(404, "User not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    USERNAME_TAKEN(409, "Username taken"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    INVALID_VERIFICATION_CODE(400, "Invalid verification code"),
    VERIFICATION_CODE_EXPIRED(400, "Verification code expired"),
    NOT_AN_IMAGE(400, "Not an image"),
    CANNOT_BLOCK_SELF(400, "Cannot block yourself"),
    UPLOAD_NOT_FOUND(404, "Upload not found"),
    UPLOAD_EXPIRED(410, "Upload expired"),
    UPLOAD_URL_INVALID(403, "Upload URL invalid"),
    UPLOAD_URL_USED(409, "Upload URL already used"),
    UPLOAD_INCOMPLETE(409, "Upload incomplete"),
    UPLOAD_OFFSET_MISMATCH(409, "Upload offset mismatch"),
    UPLOAD_TOO_LARGE(413, "Upload too large"),
    CHECKSUM_MISMATCH(460, "Checksum mismatch"),
    TUS_VERSION_UNSUPPORTED(412, "Unsupported tus version"),
    VIDEO_NOT_FOUND(404, "Video not found"),
    SOUND_NOT_FOUND(404, "Sound not found"),
    MEDIA_URL_INVALID(403, "Media URL invalid or expired"),
    COMMENT_NOT_FOUND(404, "Comment not found"),
    COMMENTS_DISABLED(403, "Comments disabled"),
    RATE_LIMITED(429, "Too many requests"),
    TOO_MANY_OPEN_UPLOADS(429, "Too many unfinished uploads"),
    UPLOAD_QUOTA_EXCEEDED(429, "Upload quota exceeded"),
    INTERNAL_ERROR(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    Problem(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String type() {
        return "/problems/" + code().replace('_', '-');
    }
}
