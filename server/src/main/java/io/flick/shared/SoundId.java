package io.flick.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A sound, by id. Rendered in the API as {@code snd_…}. */
public record SoundId(long value) {

    public static final String PREFIX = "snd";

    public SoundId {
        if (value <= 0) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @JsonCreator
    public static SoundId parse(String text) {
        return new SoundId(PublicIds.parse(PREFIX, text));
    }

    @JsonValue
    @Override
    public String toString() {
        return PublicIds.format(PREFIX, value);
    }
}
