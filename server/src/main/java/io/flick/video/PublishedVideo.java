package io.flick.video;

import java.time.Instant;
import java.util.List;

import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/**
 * The facts of a published video that state derived from the catalog needs (the search index):
 * what it says and who may see it, as stored now. Not a card: nothing here was checked against a viewer.
 *
 * @param sound null when the video has none
 */
public record PublishedVideo(VideoId id, UserId owner, Privacy privacy, String caption, List<String> hashtags,
                             SoundId sound, Instant publishedAt) {
}
