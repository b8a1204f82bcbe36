package io.flick.feed.candidates;

/**
 * An item a source proposes, with how strongly (0..1, relative within the source) and the source's
 * reason, which becomes the item's {@code reason} when this source is its strongest.
 */
public record Candidate(long item, FeedReason reason, double strength) {
}
