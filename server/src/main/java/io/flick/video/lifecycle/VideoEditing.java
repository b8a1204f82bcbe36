package io.flick.video.lifecycle;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.account.ProfileCounters;
import io.flick.account.UserDirectory;
import io.flick.media.MediaProcessing;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.video.Privacy;
import io.flick.video.VideoEdited;
import io.flick.video.VideoStats;
import io.flick.video.catalog.PublicMedia;
import io.flick.video.catalog.VideoRow;
import io.flick.video.catalog.Videos;
import io.flick.video.upload.DetailRules;

/**
 * An owner's edit of a video, in one transaction: the new caption (hashtags and mentions parsed
 * again), privacy and switches; for a published video whose privacy moved between public and not,
 * the profile's public counts; the media's delivery (plain or signed URLs) follows the new privacy
 * from the commit on; a new cover time has media make the thumbnails again (a durable job, the
 * card shows the new cover once it is made). {@link VideoEdited} is published when the caption or privacy changed, so
 * feeds and search take the video as it now is.
 */
@Service
class VideoEditing {

    private final Videos videos;
    private final VideoRights rights;
    private final UserDirectory users;
    private final PublicMedia publicMedia;
    private final MediaProcessing media;
    private final ProfileCounters counters;
    private final VideoStats stats;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VideoEditing(Videos videos, VideoRights rights, UserDirectory users, PublicMedia publicMedia, MediaProcessing media,
                 ProfileCounters counters, VideoStats stats, ApplicationEventPublisher events, Clock clock) {
        this.videos = videos;
        this.rights = rights;
        this.users = users;
        this.publicMedia = publicMedia;
        this.media = media;
        this.counters = counters;
        this.stats = stats;
        this.events = events;
        this.clock = clock;
    }

    /** What an edit may change; null: unchanged. */
    record Changes(String caption, Privacy privacy, Boolean commentEnabled, Boolean duetEnabled, Boolean stitchEnabled,
                   Double coverSeconds) {
    }

    @Transactional
    VideoRow edit(VideoId id, UserId actor, Changes changes) {
        VideoRow before = videos.lock(id).orElseThrow(VideoLifecycleController::notFound);
        rights.requireMayEdit(before, actor);
        String caption = changes.caption() == null ? before.caption() : DetailRules.caption(changes.caption());
        boolean captionChanged = !caption.equals(before.caption());
        // Hashtags given apart from the caption at upload stay unless the caption changes: then the caption is the truth.
        List<String> hashtags = captionChanged ? DetailRules.hashtags(caption, List.of()) : before.hashtags();
        List<UserId> mentions = captionChanged ? DetailRules.mentions(caption, users) : before.mentions();
        Privacy privacy = changes.privacy() == null ? before.privacy() : changes.privacy();
        VideoRow after = before.edited(caption, privacy,
                changes.duetEnabled() == null ? before.duetEnabled() : changes.duetEnabled(),
                changes.stitchEnabled() == null ? before.stitchEnabled() : changes.stitchEnabled(),
                changes.commentEnabled() == null ? before.commentEnabled() : changes.commentEnabled(),
                hashtags, mentions);
        videos.edit(after);
        boolean privacyChanged = privacy != before.privacy();
        if (privacyChanged) {
            media.visibility(id.assetId(), publicMedia.of(after));
            boolean wasPublic = before.privacy() == Privacy.PUBLIC;
            boolean isPublic = privacy == Privacy.PUBLIC;
            if (before.status() == VideoRow.Status.PUBLISHED && wasPublic != isPublic) {
                int delta = isPublic ? +1 : -1;
                // The video count stays; only what others see of the profile moves.
                counters.videos(before.owner(), true, delta);
                counters.videos(before.owner(), false, -delta);
                long likes = stats.counts(List.of(id)).getOrDefault(id, VideoStats.Counts.NONE).likes();
                if (likes != 0) {
                    counters.likesReceived(before.owner(), 0, delta * likes);
                }
            }
        }
        if (changes.coverSeconds() != null) {
            media.cover(id.assetId(), changes.coverSeconds());
        }
        // An unpublished video is announced as it is when it is published; nothing knows it before.
        if ((captionChanged || privacyChanged) && before.status() == VideoRow.Status.PUBLISHED) {
            events.publishEvent(new VideoEdited(id, before.owner(), privacy, caption, hashtags, mentions, clock.instant()));
        }
        return videos.find(id).orElseThrow();
    }
}
