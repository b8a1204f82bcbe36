package io.flick.video.lifecycle;

import java.time.Duration;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.platform.CurrentUser;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.FlickException;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.Privacy;
import io.flick.video.VideoCard;
import io.flick.video.VideoProblem;
import io.flick.video.catalog.VideoCards;

/**
 * Issue 18's video lifecycle: its owner edits a video ({@code PATCH}, answering the updated card) or
 * deletes it ({@code DELETE}, 204). Both are rate limited per account: an edit makes feeds and
 * search embed and index the video again, a deletion costs storage work.
 */
@RestController
class VideoLifecycleController {

    /** Edits per account: far above a person's, far below a script's. */
    static final RateLimit EDITS = new RateLimit("video-edits", 60, Duration.ofHours(1));
    static final RateLimit DELETIONS = new RateLimit("video-deletions", 100, Duration.ofHours(1));

    private final VideoEditing editing;
    private final VideoDeletion deletion;
    private final VideoCards cards;
    private final RateLimiter limiter;

    VideoLifecycleController(VideoEditing editing, VideoDeletion deletion, VideoCards cards, RateLimiter limiter) {
        this.editing = editing;
        this.deletion = deletion;
        this.cards = cards;
        this.limiter = limiter;
    }

    /**
     * Absent (or null) fields stay as they are.
     *
     * @param coverTime seconds into the clip of the picture its thumbnails show, as at upload
     */
    record VideoEditRequest(String caption, String privacy, Boolean commentEnabled, Boolean duetEnabled, Boolean stitchEnabled,
                            Double coverTime) {
    }

    @PatchMapping("/api/v1/videos/{videoId}")
    VideoCard editVideo(@PathVariable String videoId, @CurrentUser UserId me, @RequestBody VideoEditRequest request) {
        VideoId id = VideoId.parse(videoId);
        limiter.acquire(EDITS, me.toString());
        var edited = editing.edit(id, me, new VideoEditing.Changes(request.caption(), privacy(request.privacy()),
                request.commentEnabled(), request.duetEnabled(), request.stitchEnabled(), request.coverTime()));
        return cards.card(edited, Viewer.member(me));
    }

    @DeleteMapping("/api/v1/videos/{videoId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteVideo(@PathVariable String videoId, @CurrentUser UserId me) {
        VideoId id = VideoId.parse(videoId);
        limiter.acquire(DELETIONS, me.toString());
        deletion.delete(id, me);
    }

    private static Privacy privacy(String code) {
        if (code == null) {
            return null;
        }
        for (Privacy privacy : Privacy.values()) {
            if (privacy.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return privacy;
            }
        }
        throw FlickException.invalidField("privacy", "one_of", "must be public, friends or private");
    }

    static FlickException notFound() {
        return new FlickException(VideoProblem.VIDEO_NOT_FOUND, "There is no such video.");
    }
}
