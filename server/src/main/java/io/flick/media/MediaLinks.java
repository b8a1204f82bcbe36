package io.flick.media;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.flick.media.delivery.MediaPaths;
import io.flick.media.processing.AssetKeys;

/**
 * Builds {@link MediaUrls} for assets: plain for public ones, signed and expiring for the others,
 * each signature scoped to what it links (the stream, one thumbnail, the audio track).
 */
@Component
public class MediaLinks {

    private final MediaPaths paths;

    MediaLinks(MediaPaths paths) {
        this.paths = paths;
    }

    /** What a viewer of the video plays and shows; the audio track is not among them (see {@link #audio}). */
    public MediaUrls urls(AssetView asset) {
        String stream = paths.streamPrefix(asset.assetId(), asset.publicAsset());
        Map<String, String> renditions = new LinkedHashMap<>();
        asset.renditions().reversed().forEach(r -> renditions.put(r.name(), stream + r.name() + "/index.m3u8"));
        return new MediaUrls(stream + AssetKeys.MASTER, renditions, file(asset, AssetKeys.thumbLarge(asset.coverVersion())),
                file(asset, AssetKeys.thumbSmall(asset.coverVersion())));
    }

    /** The audio track alone (a sound's link): it opens no other file of the asset. Null if it has none. */
    public String audio(AssetView asset) {
        return asset.hasAudioTrack() ? file(asset, AssetKeys.AUDIO) : null;
    }

    private String file(AssetView asset, String file) {
        return paths.file(asset.assetId(), asset.publicAsset(), file);
    }
}
