package io.flick.platform.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import io.flick.shared.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds problem+json answers, both for controllers (as a {@link ResponseEntity}) and for code that
 * runs before Spring MVC, such as security filters (written straight to the response).
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<ProblemBody> entity(FlickException e, HttpServletRequest request) {
        return entity(e.problem(), e.getMessage(), e.fieldErrors(), request, headers(e));
    }

    ResponseEntity<ProblemBody> entity(ProblemCode problem, String detail, List<FieldError> errors,
                                       HttpServletRequest request, HttpHeaders headers) {
        return ResponseEntity.status(problem.status())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemBody.of(problem, detail, request.getRequestURI(), errors));
    }

    public void write(FlickException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(e.problem(), e.getMessage(), request, response, headers(e));
    }

    public void write(ProblemCode problem, String detail, HttpServletRequest request, HttpServletResponse response,
                      HttpHeaders headers) throws IOException {
        response.setStatus(problem.status());
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemBody.of(problem, detail, request.getRequestURI(), List.of()));
    }

    private static HttpHeaders headers(FlickException e) {
        HttpHeaders headers = new HttpHeaders();
        if (e.retryAfter() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
        }
        return headers;
    }
}
