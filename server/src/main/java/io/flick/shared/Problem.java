package io.flick.shared;

/**
 * The generic kinds of error, raised by any module or by the platform's HTTP conventions. Errors
 * about one module's things are that module's own {@link ProblemCode} enum.
 */
public enum Problem implements ProblemCode {
    VALIDATION_FAILED(400, "Invalid request"),
    MALFORMED_REQUEST(400, "Malformed request"),
    INVALID_CURSOR(400, "Invalid cursor"),
    UNAUTHENTICATED(401, "Authentication required"),
    INVALID_TOKEN(401, "Invalid or expired token"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    RATE_LIMITED(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    Problem(int status, String title) {
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
