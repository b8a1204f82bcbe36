package io.flick.shared;

import java.time.Duration;
import java.util.List;

/**
 * An expected failure with a problem kind and a sentence for the client. The platform turns it into
 * problem+json; the message must never contain internals (SQL, class names, stack traces).
 */
public class FlickException extends RuntimeException {

    private final ProblemCode problem;
    private final List<FieldError> fieldErrors;
    private final Duration retryAfter;

    public FlickException(ProblemCode problem, String detail) {
        this(problem, detail, List.of(), null);
    }

    public FlickException(ProblemCode problem, String detail, List<FieldError> fieldErrors) {
        this(problem, detail, fieldErrors, null);
    }

    public FlickException(ProblemCode problem, String detail, List<FieldError> fieldErrors, Duration retryAfter) {
        super(detail, null, false, false);
        this.problem = problem;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    public static FlickException invalidField(String field, String code, String message) {
        return new FlickException(Problem.VALIDATION_FAILED, "The request has invalid fields.",
                List.of(new FieldError(field, code, message)));
    }

    public static FlickException rateLimited(Duration retryAfter) {
        return new FlickException(Problem.RATE_LIMITED, "Too many attempts. Try again later.", List.of(), retryAfter);
    }

    public ProblemCode problem() {
        return problem;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** For 429 answers: how long the client should wait; {@code null} otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
