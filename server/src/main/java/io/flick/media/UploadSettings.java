package io.flick.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How uploads are received. (What a clip may be — duration, dimensions — is the transcoder's
 * {@code flick.media.*} settings, checked both at init, on the client's word, and on the file.)
 *
 * @param maxBytes        largest accepted file
 * @param ttl             how long an upload URL and an unfinished upload stay valid, and how long a
 *                        received file waits to be made into a video
 * @param collectInterval how often abandoned uploads (expired, or received and never used) and the
 *                        debris of broken attempts are deleted
 */
@ConfigurationProperties("flick.media.uploads")
public record UploadSettings(@DefaultValue("52428800") long maxBytes, @DefaultValue("24h") Duration ttl,
                             @DefaultValue("10m") Duration collectInterval) {
}
