package io.flick.media;

import org.springframework.stereotype.Component;

import io.flick.media.delivery.MediaPaths;

/** Builds {@link MediaUrls} for assets: plain for public ones, signed and expiring for the others. */
@Component
public class MediaLinks {

    private final MediaPaths paths;

    MediaLinks(MediaPaths paths) {
        this.paths = paths;
    }

    public MediaUrls urls(AssetView asset) {
        return MediaUrls.under(paths.prefix(asset.assetId(), asset.publicAsset()), asset);
    }
}
