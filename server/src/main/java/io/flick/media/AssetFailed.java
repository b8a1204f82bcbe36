package io.flick.media;

/**
 * Processing gave up on an asset. {@code reason} is a stable code: {@code not_a_video},
 * {@code undecodable}, {@code too_long}, {@code too_short}, {@code too_large}, {@code extreme_aspect_ratio},
 * {@code too_complex}, {@code encoder_failed}, {@code storage_failed}, {@code timeout}, {@code upload_missing}.
 */
public record AssetFailed(long assetId, String reason) {
}
