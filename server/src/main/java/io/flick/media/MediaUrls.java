package io.flick.media;

import java.util.Map;

/**
 * The URLs a client plays a video from: the master playlist (adaptive), each rendition's playlist and
 * the thumbnails. Signed and expiring unless the asset is public.
 */
public record MediaUrls(String master, Map<String, String> renditions, String thumbnail, String thumbnailSmall) {
}
