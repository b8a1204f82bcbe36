package io.flick.engagement;

import java.time.Instant;

import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** A like was taken back (removing one that did not exist announces nothing): what counted it counts it down. */
public record VideoUnliked(VideoId video, UserId user, Instant at) {
}
