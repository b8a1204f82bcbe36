/**
 * What every business module runs on: the embedded or external engines, the HTTP conventions
 * (snake_case JSON, problem+json errors), security and access tokens, rate limits, blob storage
 * and time. The types in this package are its API; the sub-packages are its machinery.
 *
 * <p>Blob storage lives here rather than in {@code media} because accounts (avatars) need it and sit
 * below media: both use the same port.
 */
@ApplicationModule(displayName = "Platform")
package io.flick.platform;

import org.springframework.modulith.ApplicationModule;
