package io.flick.media.delivery;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cdnUrl       base URL of a CDN in front of this server's {@code /media}; unset: links point at this
 *                     server ({@code flick.public-url}, or relative)
 * @param signedUrlTtl how long a signed link to a non-public video's media works
 */
@ConfigurationProperties("flick.media.delivery")
record DeliverySettings(URI cdnUrl, @DefaultValue("6h") Duration signedUrlTtl) {
}
