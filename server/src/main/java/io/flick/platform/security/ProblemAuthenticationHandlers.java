package io.flick.platform.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import io.flick.platform.web.ProblemResponses;
import io.flick.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 answers in problem+json, with the {@code WWW-Authenticate} header RFC 6750 asks for. */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemAuthenticationHandlers(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        HttpHeaders headers = new HttpHeaders();
        if (e instanceof InvalidBearerTokenException || e.getClass().getSimpleName().contains("OAuth2")) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(Problem.INVALID_TOKEN, "The access token is invalid or has expired. Refresh it or log in again.",
                    request, response, headers);
        } else {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(Problem.UNAUTHENTICATED, "Log in to do this.", request, response, headers);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(Problem.FORBIDDEN, "You may not do this.", request, response, new HttpHeaders());
    }
}
