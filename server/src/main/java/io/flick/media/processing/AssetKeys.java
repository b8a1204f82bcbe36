package io.flick.media.processing;

/** Where an asset's files live in blob storage: everything under {@code videos/<asset id>/}. */
public final class AssetKeys {

    public static final String MASTER = "master.m3u8";
    public static final String THUMB_LARGE = "thumb_large.jpg";
    public static final String THUMB_SMALL = "thumb_small.jpg";
    public static final String AUDIO = "audio.m4a";

    private AssetKeys() {
    }

    public static String prefix(long assetId) {
        return "videos/" + assetId + "/";
    }

    public static String of(long assetId, String file) {
        return prefix(assetId) + file;
    }
}
