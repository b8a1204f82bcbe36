package io.flick.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import io.flick.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The Prometheus endpoint is read with its own scrape token, not a user's access token: a chain of its
 * own, ahead of the API's, so a bearer token here is never taken for a JWT. Health stays public (the
 * API's chain lets every other actuator path through).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsSettings.class)
class MetricsSecurityConfiguration {

    static final String PROMETHEUS = "/actuator/prometheus";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain metrics(HttpSecurity http, MetricsSettings settings, ProblemResponses problems) throws Exception {
        var handlers = new ProblemAuthenticationHandlers(problems);
        http
                .securityMatcher(PROMETHEUS, PROMETHEUS + "/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().access(
                        (authentication, context) -> new AuthorizationDecision(carriesToken(context.getRequest(), settings))))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers));
        return http.build();
    }

    private static boolean carriesToken(HttpServletRequest request, MetricsSettings settings) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return settings.enabled() && header != null && MessageDigest.isEqual(
                header.getBytes(StandardCharsets.UTF_8), ("Bearer " + settings.token()).getBytes(StandardCharsets.UTF_8));
    }
}
