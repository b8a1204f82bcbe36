package io.flick.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one account may upload, so that nobody can make the platform store and encode without end.
 * The defaults leave a real person room (a session of a dozen clips, retries, a busy day); they stop
 * scripts. Uploads made by the server itself (demo catalog, imports) are not counted against anyone.
 *
 * @param startsPerHour    uploads an account may start (upload init, tus creation) per hour, refilled
 *                         gradually; beyond it 429 {@code rate_limited} with {@code Retry-After}
 * @param completesPerHour upload completions an account may ask for per hour, likewise
 * @param maxOpen          unfinished uploads (started, not yet made into a video, not expired) an
 *                         account may hold at once; beyond it 429 {@code too_many_open_uploads}
 * @param maxOpenBytes     bytes those unfinished uploads may reserve together (their declared sizes)
 * @param perDay           uploads an account may start in any 24 hours; beyond it 429
 *                         {@code upload_quota_exceeded} with {@code Retry-After}
 * @param bytesPerDay      bytes those uploads may declare together in any 24 hours
 */
@ConfigurationProperties("flick.media.uploads.quota")
public record UploadQuotaSettings(@DefaultValue("30") int startsPerHour, @DefaultValue("30") int completesPerHour,
                                  @DefaultValue("10") int maxOpen, @DefaultValue("524288000") long maxOpenBytes,
                                  @DefaultValue("100") int perDay, @DefaultValue("2147483648") long bytesPerDay) {
}
