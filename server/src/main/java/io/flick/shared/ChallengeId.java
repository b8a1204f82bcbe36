package io.flick.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A hashtag challenge, by id. Rendered in the API as {@code chl_…}. */
public record ChallengeId(long value) {

    public static final String PREFIX = "chl";

    public ChallengeId {
        if (value <= 0) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @JsonCreator
    public static ChallengeId parse(String text) {
        return new ChallengeId(PublicIds.parse(PREFIX, text));
    }

    @JsonValue
    @Override
    public String toString() {
        return PublicIds.format(PREFIX, value);
    }
}
