package io.flick.feed.candidates;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why an item is in a feed: the candidate source that proposed it most strongly (For You), or the
 * followed creator (Following). {@link #code()} is the {@code reason} a client sees, so renaming a
 * constant changes the API.
 */
public enum FeedReason {

    FOLLOWED_CREATOR,
    TRENDING,
    POPULAR,
    /** Seed 003's exploration pool: new videos earning their first audience. */
    FRESH,
    /** Hashtags or a sound the viewer engaged with. */
    TOPIC,
    CO_ENGAGEMENT,
    SIMILAR_CONTENT,
    /** Varied topics for a viewer the feed knows little about. */
    DIVERSE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
