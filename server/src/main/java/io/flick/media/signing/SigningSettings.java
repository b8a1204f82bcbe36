package io.flick.media.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param signingKey base64 HMAC key for signed URLs; generated into the data directory when unset */
@ConfigurationProperties("flick.media")
record SigningSettings(String signingKey) {
}
