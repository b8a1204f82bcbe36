package io.flick.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An upload, by id. Rendered in the API as {@code upl_…}. */
public record UploadId(long value) {

    public static final String PREFIX = "upl";

    public UploadId {
        if (value <= 0) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @JsonCreator
    public static UploadId parse(String text) {
        return new UploadId(PublicIds.parse(PREFIX, text));
    }

    @JsonValue
    @Override
    public String toString() {
        return PublicIds.format(PREFIX, value);
    }
}
