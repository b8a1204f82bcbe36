package io.flick.feed.candidates;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why an item is in a feed: the candidate source that proposed it most strongly (For You), the
 * backfill once the sources have nothing left to show (For You), or the followed creator (Following). {@link #code()} is the {@code reason} a client sees, so renaming a
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
    DIVERSE,
    /**
     * For You's backfill once nothing unseen is left: a video the viewer saw before (or was served
     * earlier in this session), the one seen longest ago and least completed first.
     */
    REWATCH,
    /**
     * For You's backfill: a video the viewer has not seen that no candidate source proposed (an
     * old one nobody watched), offered before any rewatch.
     */
    CATALOGUE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
