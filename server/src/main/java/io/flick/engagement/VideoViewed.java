package io.flick.engagement;

import java.time.Instant;

import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/**
 * Someone watched a video (signed-in {@code user}, or empty for a visitor): how long, how much of
 * it, and where the video was shown. Taste, trending and analytics are built from these.
 */
public record VideoViewed(VideoId video, UserId user, double watchTime, double completionRate, String source,
                          Instant at) {
}
