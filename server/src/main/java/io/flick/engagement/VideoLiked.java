package io.flick.engagement;

import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** A like that did not exist before (a repeated like announces nothing). */
public record VideoLiked(VideoId video, UserId user) {
}
