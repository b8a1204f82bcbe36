package io.flick.video.lifecycle;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.account.ProfileCounters;
import io.flick.media.MediaProcessing;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.sound.Sounds;
import io.flick.video.Privacy;
import io.flick.video.VideoDeleted;
import io.flick.video.VideoStats;
import io.flick.video.catalog.VideoRow;
import io.flick.video.catalog.Videos;

/**
 * Deletes a video, in one transaction: its row (hashtags and mentions with it), the profile's
 * counts (videos, and the likes it had received), one use of its sound, and the removal of its
 * asset (unserved from the commit on, its files deleted by media's durable job). Then
 * {@link VideoDeleted} tells the other modules to drop what they keep of it (engagement: likes,
 * saves, comments, counters; feed: its state; search).
 */
@Service
class VideoDeletion {

    private static final Logger log = LoggerFactory.getLogger(VideoDeletion.class);

    private final Videos videos;
    private final VideoRights rights;
    private final MediaProcessing media;
    private final ProfileCounters counters;
    private final VideoStats stats;
    private final Sounds sounds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VideoDeletion(Videos videos, VideoRights rights, MediaProcessing media, ProfileCounters counters, VideoStats stats,
                  Sounds sounds, ApplicationEventPublisher events, Clock clock) {
        this.videos = videos;
        this.rights = rights;
        this.media = media;
        this.counters = counters;
        this.stats = stats;
        this.sounds = sounds;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void delete(VideoId id, UserId actor) {
        VideoRow video = videos.lock(id).orElseThrow(VideoLifecycleController::notFound);
        rights.requireMayDelete(video, actor);
        videos.delete(id);
        if (video.status() == VideoRow.Status.PUBLISHED) {
            // The folded likes are those the profile counts; likes not folded yet go with their deltas.
            boolean publicVideo = video.privacy() == Privacy.PUBLIC;
            counters.videos(video.owner(), publicVideo, -1);
            long likes = stats.forget(id).likes();
            if (likes != 0) {
                counters.likesReceived(video.owner(), -likes, publicVideo ? -likes : 0);
            }
            if (video.sound() != null) {
                sounds.dropUse(video.sound());
            }
        }
        media.remove(id.assetId());
        log.info("Video {} was deleted by {}", id, actor);
        events.publishEvent(new VideoDeleted(id, video.owner(), video.sound(), video.hashtags(), clock.instant()));
    }
}
