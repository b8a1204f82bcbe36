package io.flick.feed.signals;

import java.time.Instant;

/**
 * One thing a person did that the recommender learns from, as journaled and replayed.
 *
 * @param user   who did it; null for a visitor's view
 * @param target the video, or the creator for follows and hides
 */
public record Signal(Kind kind, Long user, long target, double watchSeconds, double completion, Instant at) {

    public enum Kind {
        VIEW, LIKE, SHARE, NOT_INTERESTED, FOLLOW, UNFOLLOW, HIDE, UNHIDE
    }

    public static Signal view(Long user, long video, double watchSeconds, double completion, Instant at) {
        return new Signal(Kind.VIEW, user, video, watchSeconds, completion, at);
    }

    public static Signal of(Kind kind, long user, long target, Instant at) {
        return new Signal(kind, user, target, 0, 0, at);
    }
}
