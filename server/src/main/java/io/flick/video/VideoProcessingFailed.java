package io.flick.video;

import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** A video could not be processed; {@code reason} is media's stable code (e.g. {@code not_a_video}). */
public record VideoProcessingFailed(VideoId video, UserId owner, String reason) {
}
