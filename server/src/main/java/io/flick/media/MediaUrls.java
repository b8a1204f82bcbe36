package io.flick.media;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The URLs a client plays an asset from: the master playlist (adaptive), each rendition's playlist,
 * thumbnails and the audio track. Signed and expiring unless the asset is public.
 */
public record MediaUrls(String master, Map<String, String> renditions, String thumbnail, String thumbnailSmall,
                        String audio) {

    public static MediaUrls under(String prefix, AssetView asset) {
        Map<String, String> renditions = new LinkedHashMap<>();
        asset.renditions().reversed().forEach(r -> renditions.put(r.name(), prefix + r.name() + "/index.m3u8"));
        return new MediaUrls(prefix + "master.m3u8", renditions, prefix + "thumb_large.jpg", prefix + "thumb_small.jpg",
                asset.hasAudioTrack() ? prefix + "audio.m4a" : null);
    }
}
