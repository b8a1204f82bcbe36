package io.flick.media;

import io.flick.shared.UserId;

/**
 * The lowest rendition of an asset is ready: it can be played. Higher rungs follow.
 *
 * @param hasOwnAudio whether the clip brought an audio track of its own (now extracted as the asset's audio)
 */
public record AssetPlayable(long assetId, UserId owner, double durationSeconds, boolean hasOwnAudio) {
}
