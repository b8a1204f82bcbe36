package io.flick.video;

import java.time.Instant;
import java.util.List;

import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** A video became playable (its lowest rendition is ready); feeds, search and notifications react. */
public record VideoPublished(VideoId video, UserId owner, Privacy privacy, String caption, List<String> hashtags, List<UserId> mentions,
                             SoundId sound, double durationSeconds, Instant publishedAt) {
}
