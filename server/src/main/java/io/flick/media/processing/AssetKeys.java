package io.flick.media.processing;

/** Where an asset's files live in blob storage: everything under {@code videos/<asset id>/}. */
public final class AssetKeys {

    public static final String MASTER = "master.m3u8";
    public static final String THUMB_LARGE = "thumb_large.jpg";
    public static final String THUMB_SMALL = "thumb_small.jpg";
    public static final String AUDIO = "audio.m4a";

    private AssetKeys() {
    }

    /** The large still of the given cover version (0: the one the encode made). */
    public static String thumbLarge(int coverVersion) {
        return coverVersion == 0 ? THUMB_LARGE : "thumb_large_v" + coverVersion + ".jpg";
    }

    public static String thumbSmall(int coverVersion) {
        return coverVersion == 0 ? THUMB_SMALL : "thumb_small_v" + coverVersion + ".jpg";
    }

    public static String prefix(long assetId) {
        return "videos/" + assetId + "/";
    }

    public static String of(long assetId, String file) {
        return prefix(assetId) + file;
    }
}
