package io.flick.media;

/** Every rung of an asset's ladder is ready. */
public record AssetReady(long assetId) {
}
