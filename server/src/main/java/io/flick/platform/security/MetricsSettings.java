package io.flick.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token the bearer token a metrics scraper sends ({@code Authorization: Bearer <token>}) to read
 *              {@code /actuator/prometheus}; when unset, metrics are not served to anyone over HTTP.
 *              Metrics name routes, counts and internals an outsider has no business reading.
 */
@ConfigurationProperties("flick.metrics")
record MetricsSettings(String token) {

    boolean enabled() {
        return token != null && !token.isBlank();
    }
}
