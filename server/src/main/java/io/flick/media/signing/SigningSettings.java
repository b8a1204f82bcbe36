package io.flick.media.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param key base64 HMAC key for signed URLs; generated into the data directory when unset */
@ConfigurationProperties("flick.media.signing")
record SigningSettings(String key) {
}
