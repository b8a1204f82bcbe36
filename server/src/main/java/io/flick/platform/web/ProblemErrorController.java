package io.flick.platform.web;

import java.util.List;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.flick.shared.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers errors that never reached a controller (rejected by the servlet container or a filter)
 * in the same problem+json shape, replacing Spring Boot's default error page.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemBody> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        Problem problem = switch (status) {
            case 400 -> Problem.MALFORMED_REQUEST;
            case 401 -> Problem.UNAUTHENTICATED;
            case 403 -> Problem.FORBIDDEN;
            case 404 -> Problem.NOT_FOUND;
            case 405 -> Problem.METHOD_NOT_ALLOWED;
            case 413 -> Problem.PAYLOAD_TOO_LARGE;
            case 415 -> Problem.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> Problem.RATE_LIMITED;
            case 503 -> Problem.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? Problem.INTERNAL_ERROR : Problem.MALFORMED_REQUEST;
        };
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var body = ProblemBody.of(problem, problem.title() + ".", uri == null ? null : uri.toString(), List.of());
        return ResponseEntity.status(problem.status())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .headers(new HttpHeaders())
                .body(body);
    }
}
