package io.flick.engagement;

import java.time.Instant;

import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** Someone shared a video (inside Flick or out of it): the strongest endorsement a viewer gives. */
public record VideoShared(VideoId video, UserId user, String shareType, Instant at) {
}
