package io.flick.feed.web;

import java.time.Duration;

import io.flick.platform.RateLimit;

/**
 * How many videos a feed has above the one the client shows at its top; counted up to {@link #CAP}
 * (a client says "99+"), so a poll costs a bounded amount of work.
 */
record NewVideos(int count) {

    static final int CAP = 99;

    /**
     * Polls per viewer, Following and Friends together: a client polls each open feed about once a
     * minute, so this leaves room for several tabs and reloads while a loop is stopped early.
     */
    static final RateLimit POLLS = new RateLimit("feed-new-videos", 30, Duration.ofMinutes(1));
}
