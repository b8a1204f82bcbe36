package io.flick.video.lifecycle;

import org.springframework.stereotype.Component;

import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.video.VideoProblem;
import io.flick.video.catalog.VideoAccess;
import io.flick.video.catalog.VideoRow;

/**
 * Who may change or delete a video. Today only its owner may do either. Deletion is the seam for
 * moderation: a moderator's right to remove any video joins {@link #mayDelete} once roles exist;
 * edits stay the owner's alone.
 * <p>
 * Someone who may not see the video learns nothing of it (404 {@code video_not_found}, as every
 * video endpoint answers); someone who may see it but not change it is told so (403).
 */
@Component
class VideoRights {

    private final VideoAccess access;

    VideoRights(VideoAccess access) {
        this.access = access;
    }

    void requireMayEdit(VideoRow video, UserId actor) {
        if (!video.owner().equals(actor)) {
            throw refusal(video, actor, "Only the video's owner may change it.");
        }
    }

    void requireMayDelete(VideoRow video, UserId actor) {
        if (!mayDelete(video, actor)) {
            throw refusal(video, actor, "Only the video's owner may delete it.");
        }
    }

    private boolean mayDelete(VideoRow video, UserId actor) {
        return video.owner().equals(actor);
    }

    private FlickException refusal(VideoRow video, UserId actor, String detail) {
        return access.canView(video, Viewer.member(actor)) ? new FlickException(Problem.FORBIDDEN, detail)
                : VideoLifecycleController.notFound();
    }
}
