package io.flick.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an upload may be.
 *
 * @param maxUploadBytes largest accepted file
 * @param maxDuration    longest clip
 * @param minDuration    shortest clip
 * @param maxDimension   largest width or height
 * @param uploadTtl      how long an upload URL and an unfinished upload stay valid
 */
@ConfigurationProperties("flick.media.limits")
public record MediaLimitsSettings(
        @DefaultValue("52428800") long maxUploadBytes,
        @DefaultValue("60s") Duration maxDuration,
        @DefaultValue("1s") Duration minDuration,
        @DefaultValue("4096") int maxDimension,
        @DefaultValue("24h") Duration uploadTtl) {
}
