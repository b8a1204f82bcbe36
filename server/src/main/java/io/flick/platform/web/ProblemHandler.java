package io.flick.platform.web;

import java.util.List;
import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import io.flick.platform.SizeLimitedInputStream;
import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.ProblemCode;
import io.flick.shared.PublicIds;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every exception that leaves a controller becomes problem+json with a stable code. Messages of
 * unexpected exceptions never reach the client: they may name classes, SQL or file paths.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private final ProblemResponses problems;

    ProblemHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(FlickException.class)
    ResponseEntity<ProblemBody> flick(FlickException e, HttpServletRequest request) {
        return problems.entity(e, request);
    }

    @ExceptionHandler(PublicIds.InvalidIdException.class)
    ResponseEntity<ProblemBody> invalidId(HttpServletRequest request) {
        return problem(Problem.NOT_FOUND, "Nothing exists at this address.", List.of(), request);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemBody> invalidBody(BindException e, HttpServletRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(JsonNames.of(error.getField()), codeOf(error.getCode()),
                        error.getDefaultMessage()))
                .toList();
        return invalid(errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemBody> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        JsonNames.of(result.getMethodParameter().getParameterName()),
                        codeOf(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1]),
                        error.getDefaultMessage())))
                .toList();
        return invalid(errors, request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemBody> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return invalid(List.of(new FieldError(e.getParameterName(), "required", "is required")), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemBody> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return invalid(List.of(new FieldError(e.getRequestPartName(), "required", "is required")), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemBody> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getCause() != null && e.getCause().getCause() instanceof PublicIds.InvalidIdException) {
            return invalidId(request);
        }
        return invalid(List.of(new FieldError(JsonNames.of(e.getName()), "invalid", "has an invalid value")), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemBody> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (causedBy(e, SizeLimitedInputStream.LimitExceeded.class) instanceof Throwable tooLarge) {
            return problem(Problem.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), List.of(), request);
        }
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            if (databind instanceof UnrecognizedPropertyException) {
                return invalid(List.of(new FieldError(field, "unknown", "is not a field of this request")), request);
            }
            return invalid(List.of(new FieldError(field, "invalid", "has an invalid value")), request);
        }
        return problem(Problem.MALFORMED_REQUEST, "The request body is missing or is not valid JSON.", List.of(), request);
    }

    /** Tomcat decodes the query string lazily, on the first read of a parameter: bytes that are not UTF-8 fail there. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemBody> undecodableParameters(InvalidParameterException e, HttpServletRequest request) {
        if (e.getErrorCode() == Problem.PAYLOAD_TOO_LARGE.status()) {
            return problem(Problem.PAYLOAD_TOO_LARGE, "The request has more parameters than this server accepts.", List.of(),
                    request);
        }
        return problem(Problem.MALFORMED_REQUEST, "The query string is not valid percent-encoded UTF-8.", List.of(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemBody> tooLarge(HttpServletRequest request) {
        return problem(Problem.PAYLOAD_TOO_LARGE, "The upload is larger than this endpoint accepts.", List.of(), request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemBody> badMultipart(HttpServletRequest request) {
        return problem(Problem.MALFORMED_REQUEST, "The request is not a valid multipart upload.", List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemBody> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return problems.entity(Problem.METHOD_NOT_ALLOWED, "This address does not accept " + e.getMethod() + ".",
                List.of(), request, headers);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemBody> unsupportedMediaType(HttpServletRequest request) {
        return problem(Problem.UNSUPPORTED_MEDIA_TYPE, "The request body has a content type this address does not accept.",
                List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemBody> notAcceptable(HttpServletRequest request) {
        return problem(Problem.NOT_ACCEPTABLE, "This address cannot answer in a format the request accepts.",
                List.of(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemBody> noResource(HttpServletRequest request) {
        return problem(Problem.NOT_FOUND, "Nothing exists at this address.", List.of(), request);
    }

    /** Security decides these; let its handlers answer (they also write problem+json). */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    /**
     * The client went away while its answer was being written (a feed swiped on, a page left while
     * thumbnails load): nothing failed on our side and nobody is left to answer, so it is no error.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.debug("The client of {} {} went away: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemBody> unexpected(Exception e, HttpServletRequest request) {
        if (causedBy(e, SizeLimitedInputStream.LimitExceeded.class) instanceof Throwable tooLarge) {
            return problem(Problem.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), List.of(), request);
        }
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return problem(Problem.MALFORMED_REQUEST, "The request could not be processed.", List.of(), request);
        }
        log.error("Unexpected failure answering {} {}; the client gets a 500 without details", request.getMethod(),
                request.getRequestURI(), e);
        return problem(Problem.INTERNAL_ERROR, "Something went wrong on our side. Please try again.", List.of(), request);
    }

    private ResponseEntity<ProblemBody> invalid(List<FieldError> errors, HttpServletRequest request) {
        return problem(Problem.VALIDATION_FAILED, "The request has invalid fields.", errors, request);
    }

    private ResponseEntity<ProblemBody> problem(ProblemCode problem, String detail, List<FieldError> errors,
                                                HttpServletRequest request) {
        return problems.entity(problem, detail, errors, request, new HttpHeaders());
    }

    private static Throwable causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    /** Bean Validation codes ({@code NotBlank}, {@code Size}) as snake_case machine codes. */
    private static String codeOf(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size", "Length" -> "length";
            case "Pattern" -> "format";
            case "Email" -> "email";
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "out_of_range";
            default -> JsonNames.of(constraint).toLowerCase(Locale.ROOT);
        };
    }
}
