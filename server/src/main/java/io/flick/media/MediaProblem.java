package io.flick.media;

import io.flick.shared.ProblemCode;

/** The errors about uploads (signed PUT and tus), upload quotas and media links. */
public enum MediaProblem implements ProblemCode {
    UPLOAD_NOT_FOUND(404, "Upload not found"),
    UPLOAD_EXPIRED(410, "Upload expired"),
    UPLOAD_URL_INVALID(403, "Upload URL invalid"),
    UPLOAD_URL_USED(409, "Upload URL already used"),
    UPLOAD_INCOMPLETE(409, "Upload incomplete"),
    UPLOAD_OFFSET_MISMATCH(409, "Upload offset mismatch"),
    UPLOAD_TOO_LARGE(413, "Upload too large"),
    CHECKSUM_MISMATCH(460, "Checksum mismatch"),
    TUS_VERSION_UNSUPPORTED(412, "Unsupported tus version"),
    MEDIA_URL_INVALID(403, "Media URL invalid or expired"),
    TOO_MANY_OPEN_UPLOADS(429, "Too many unfinished uploads"),
    UPLOAD_QUOTA_EXCEEDED(429, "Upload quota exceeded");

    private final int status;
    private final String title;

    MediaProblem(int status, String title) {
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
