package io.flick.video;

import java.time.Instant;
import java.util.List;

import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/**
 * A video is gone, deleted by its owner or a moderator: every module drops what it keeps of it
 * (feed state, search, counters, likes and comments, challenge entries); media removal follows
 * by a durable job.
 *
 * @param sound null when the video had none
 */
public record VideoDeleted(VideoId video, UserId owner, SoundId sound, List<String> hashtags, Instant deletedAt) {
}
