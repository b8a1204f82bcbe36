package io.flick.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A user, by id. Rendered in the API as {@code usr_…}. */
public record UserId(long value) {

    public static final String PREFIX = "usr";

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user ids are positive");
        }
    }

    @JsonCreator
    public static UserId parse(String text) {
        return new UserId(PublicIds.parse(PREFIX, text));
    }

    @JsonValue
    @Override
    public String toString() {
        return PublicIds.format(PREFIX, value);
    }
}
