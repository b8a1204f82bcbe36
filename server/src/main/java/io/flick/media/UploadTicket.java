package io.flick.media;

import java.time.Instant;
import java.util.Map;

import io.flick.shared.UploadId;

/**
 * Where to send an upload's bytes: {@code uploadUrl} takes one {@code PUT} of the whole file
 * (with {@code uploadHeaders}); {@code resumableUrl} is the same upload as a tus 1.0 resource.
 */
public record UploadTicket(UploadId uploadId, String uploadUrl, Map<String, String> uploadHeaders, String resumableUrl,
                           Instant expiresAt) {
}
