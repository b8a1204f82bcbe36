package io.flick.engagement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.flick.video.VideoDeleted;

/**
 * A deleted video's likes, saves, shares, views and comments (with their likes) go with it, so no
 * list (liked, saved, comments) names it again. Its counters went in the deleting transaction
 * ({@link VideoCounters#forget}); what a like of the last moment may have added is dropped again.
 */
@Component
class EngagementOfDeletedVideos {

    private final Reactions reactions;
    private final StoredComments comments;
    private final ViewsAndShares viewsAndShares;
    private final VideoCounters counters;

    EngagementOfDeletedVideos(Reactions reactions, StoredComments comments, ViewsAndShares viewsAndShares,
                              VideoCounters counters) {
        this.reactions = reactions;
        this.comments = comments;
        this.viewsAndShares = viewsAndShares;
        this.counters = counters;
    }

    @ApplicationModuleListener
    void on(VideoDeleted event) {
        reactions.forget(event.video());
        comments.forget(event.video());
        viewsAndShares.forget(event.video());
        counters.forget(event.video());
    }
}
