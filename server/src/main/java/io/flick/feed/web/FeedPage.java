package io.flick.feed.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.flick.feed.candidates.FeedReason;
import io.flick.shared.VideoId;
import io.flick.video.VideoCard;

/**
 * Seed 001's feed page. {@code fallback} appears (true) only on a page served from the
 * precomputed lists because a candidate source failed or was late. For You's end: a page with no
 * videos always has no {@code next_cursor}, and For You answers one only when the catalogue holds
 * nothing the viewer may see (otherwise it backfills with rewatches).
 */
record FeedPage(List<Entry> videos, String nextCursor, List<VideoId> prefetchIds,
                @JsonInclude(JsonInclude.Include.NON_NULL) Boolean fallback) {

    record Entry(VideoId videoId, VideoCard video, FeedReason reason) {
    }
}
