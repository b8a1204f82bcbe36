package io.flick.engagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.flick.video.VideoDeleted;

/**
 * A deleted video's likes, saves, shares, views and comments (with their likes) go with it, so no
 * list (liked, saved, comments) names it again. Its counters went in the deleting transaction
 * ({@link VideoCounters#forget}); counters a like of the last moment may have left are dropped too.
 */
@Component
class EngagementOfDeletedVideos {

    private final JdbcClient jdbc;

    EngagementOfDeletedVideos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(VideoDeleted event) {
        long video = event.video().value();
        jdbc.sql("DELETE FROM engagement.comment_likes WHERE comment_id IN (SELECT id FROM engagement.comments WHERE video_id = ?)")
                .param(video).update();
        jdbc.sql("DELETE FROM engagement.comments WHERE video_id = ?").param(video).update();
        for (String table : new String[] {"likes", "saves", "shares", "views", "counter_deltas", "video_counters"}) {
            jdbc.sql("DELETE FROM engagement." + table + " WHERE video_id = ?").param(video).update();
        }
    }
}
