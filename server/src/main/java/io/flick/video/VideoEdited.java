package io.flick.video;

import java.time.Instant;
import java.util.List;

import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/**
 * Its owner changed a published video's caption (and so its hashtags and mentions) or who may see
 * it: feeds, search and challenges take the new facts as they are now, not as a difference.
 */
public record VideoEdited(VideoId video, UserId owner, Privacy privacy, String caption, List<String> hashtags,
                          List<UserId> mentions, Instant editedAt) {
}
