package io.flick.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A video, by id. Rendered in the API as {@code vid_…}; its media asset has the same id. */
public record VideoId(long value) {

    public static final String PREFIX = "vid";

    public VideoId {
        if (value <= 0) {
            throw new IllegalArgumentException("ids are positive");
        }
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
