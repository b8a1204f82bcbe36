package io.flick.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A video, by id. Rendered in the API as {@code vid_…}.
 * <p>
 * A video has exactly one media asset, and that asset's id is the video's id: the video module
 * creates both at once (it hands its new id to media as the asset id), so events and reads about
 * the asset find the video without a mapping table. Code that crosses between the two goes through
 * {@link #assetId()} and {@link #ofAsset(long)}, so the rule stays in one place.
 */
public record VideoId(long value) {

    public static final String PREFIX = "vid";

    public VideoId {
        if (value <= 0) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    /** The video whose asset this is (the asset was created with the video's id). */
    public static VideoId ofAsset(long assetId) {
        return new VideoId(assetId);
    }

    /** The id of this video's media asset: the same number. */
    public long assetId() {
        return value;
    }

    @JsonCreator
    public static VideoId parse(String text) {
        return new VideoId(PublicIds.parse(PREFIX, text));
    }

    @JsonValue
    @Override
    public String toString() {
        return PublicIds.format(PREFIX, value);
    }
}
