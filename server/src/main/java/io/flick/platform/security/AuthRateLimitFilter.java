package io.flick.platform.security;

import java.io.IOException;
import java.time.Duration;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.platform.web.ProblemResponses;
import io.flick.shared.FlickException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A budget per client address for the authentication endpoints, before any password hashing
 * happens: credential stuffing and code guessing from one address stop here. Budgets per account
 * are the account module's business.
 */
class AuthRateLimitFilter extends OncePerRequestFilter {

    // Matched as the routes and the security rules are, on the decoded path: a raw URI prefix would
    // let /api/v1/%61uth/login, which reaches the login handler all the same, skip the budget.
    private static final RequestMatcher AUTH_ENDPOINTS = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/auth/**");

    private final RateLimiter limiter;
    private final RateLimit limit;
    private final ProblemResponses problems;

    AuthRateLimitFilter(RateLimiter limiter, long perMinute, ProblemResponses problems) {
        this.limiter = limiter;
        this.limit = new RateLimit("auth-per-address", perMinute, Duration.ofMinutes(1));
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !AUTH_ENDPOINTS.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limiter.acquire(limit, request.getRemoteAddr());
        } catch (FlickException e) {
            problems.write(e, request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
