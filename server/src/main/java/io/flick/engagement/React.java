package io.flick.engagement;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.shared.FlickException;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.VideoProblem;
import io.flick.video.VideoVisibility;
import io.flick.video.VideoVisibility.VisibleVideo;

/** Liking and saving: idempotent, and only on videos the user may see (others are 404). */
@Service
class React {

    private final Reactions reactions;
    private final VideoVisibility visibility;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    React(Reactions reactions, VideoVisibility visibility, ApplicationEventPublisher events, Clock clock) {
        this.reactions = reactions;
        this.visibility = visibility;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    long like(UserId user, VideoId video) {
        VisibleVideo target = requireVisible(user, video);
        if (reactions.add(Reactions.Kind.LIKE, target, user, clock.instant())) {
            events.publishEvent(new VideoLiked(video, user));
        }
        return reactions.count(Reactions.Kind.LIKE, video);
    }

    @Transactional
    void unlike(UserId user, VideoId video) {
        if (reactions.remove(Reactions.Kind.LIKE, requireVisible(user, video), user)) {
            events.publishEvent(new VideoUnliked(video, user, clock.instant()));
        }
    }

    @Transactional
    void save(UserId user, VideoId video) {
        reactions.add(Reactions.Kind.SAVE, requireVisible(user, video), user, clock.instant());
    }

    @Transactional
    void unsave(UserId user, VideoId video) {
        reactions.remove(Reactions.Kind.SAVE, requireVisible(user, video), user);
    }

    private VisibleVideo requireVisible(UserId user, VideoId video) {
        return visibility.find(video, Viewer.member(user))
                .orElseThrow(() -> new FlickException(VideoProblem.VIDEO_NOT_FOUND, "There is no such video."));
    }
}
