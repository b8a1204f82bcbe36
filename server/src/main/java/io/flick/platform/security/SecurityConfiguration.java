package io.flick.platform.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import io.flick.platform.AccessTokens;
import io.flick.platform.FlickSettings;
import io.flick.platform.RateLimiter;
import io.flick.platform.SessionValidity;
import io.flick.platform.web.ProblemResponses;
import jakarta.servlet.DispatcherType;

/**
 * Stateless bearer-token security. Reading public things is open to anonymous callers; everything
 * else under {@code /api} needs a valid access token of a live session. No cookies are used, so
 * there is no CSRF surface.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "img-src 'self' data: blob: https:",
            "media-src 'self' blob: https:",
            "connect-src 'self' https:",
            "style-src 'self' 'unsafe-inline'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, ProblemResponses problems, RateLimiter limiter,
                            SecuritySettings settings,
                            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings)
            throws Exception {
        var handlers = new ProblemAuthenticationHandlers(problems);
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.disable())
                .addFilterBefore(corsFilter(settings), org.springframework.security.web.header.HeaderWriterFilter.class)
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(new UnmappedRoute(mappings)).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/logout").authenticated()
                        .requestMatchers("/api/v1/auth/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/v1/uploads/tus", "/api/v1/uploads/tus/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/videos/*", "/api/v1/videos/*/status", "/api/v1/sounds/*",
                                "/api/v1/hashtags/*/videos").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/videos/*/view").permitAll()
                        // Discovery's pages of trending, hashtags and sounds are open to visitors, as the lists above.
                        .requestMatchers(HttpMethod.GET, "/api/v1/trending", "/api/v1/hashtags/*", "/api/v1/sounds/*/videos")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/challenges", "/api/v1/challenges/*",
                                "/api/v1/challenges/*/leaderboard").permitAll()
                        // Search is open to visitors; recent searches (/api/v1/search/recent) are a member's own.
                        .requestMatchers(HttpMethod.GET, "/api/v1/search/videos", "/api/v1/search/users",
                                "/api/v1/search/sounds", "/api/v1/search/hashtags", "/api/v1/search/suggest").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/feed/for-you", "/api/v1/feed/for-you/why/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/videos/*/comments", "/api/v1/comments/*/replies").permitAll()
                        .requestMatchers("/api/v1/users/me", "/api/v1/users/me/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/users/**").permitAll()
                        .requestMatchers("/api/v1/dev/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new AuthRateLimitFilter(limiter, settings.authPerAddress(), problems),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    RSAKey signingKey(SecuritySettings settings, FlickSettings flick) {
        return SigningKeys.load(settings.jwtKey(), flick.dataDir());
    }

    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey, SecuritySettings settings, SessionValidity sessions, Clock clock)
            throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        var timestamps = new JwtTimestampValidator(settings.clockSkew());
        timestamps.setClock(clock);
        timestamps.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps,
                new TokenLifetimeValidator(settings.accessTokenTtl(), settings.clockSkew(), clock),
                new JwtIssuerValidator(JwtAccessTokens.ISSUER), new ActiveSessionValidator(sessions)));
        return decoder;
    }

    @Bean
    JwtEncoder jwtEncoder(RSAKey signingKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
    }

    @Bean
    AccessTokens accessTokens(JwtEncoder encoder, SecuritySettings settings, Clock clock) {
        return new JwtAccessTokens(encoder, settings, clock);
    }

    private static CorsFilter corsFilter(SecuritySettings settings) {
        var filter = new CorsFilter(corsConfigurationSource(settings));
        filter.setCorsProcessor(new ProblemCorsProcessor());
        return filter;
    }

    private static CorsConfigurationSource corsConfigurationSource(SecuritySettings settings) {
        var source = new UrlBasedCorsConfigurationSource();
        if (!settings.corsOrigins().isEmpty()) {
            var cors = new CorsConfiguration();
            cors.setAllowedOrigins(settings.corsOrigins());
            cors.addAllowedMethod("*");
            cors.addAllowedHeader("*");
            cors.addExposedHeader("Location");
            cors.addExposedHeader("Retry-After");
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", cors);
            source.registerCorsConfiguration("/media/**", cors);
        }
        return source;
    }
}
