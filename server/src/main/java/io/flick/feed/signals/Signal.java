package io.flick.feed.signals;

import java.time.Instant;

import io.flick.feed.SignalKind;

/**
 * One thing a person did that the recommender learns from, as journaled and replayed.
 *
 * @param user   who did it; null for a visitor's view
 * @param target the video, or the creator for follows and hides
 */
public record Signal(SignalKind kind, Long user, long target, double watchSeconds, double completion, Instant at) {

    public static Signal view(Long user, long video, double watchSeconds, double completion, Instant at) {
        return new Signal(SignalKind.VIEW, user, video, watchSeconds, completion, at);
    }

    public static Signal of(SignalKind kind, long user, long target, Instant at) {
        return new Signal(kind, user, target, 0, 0, at);
    }
}
