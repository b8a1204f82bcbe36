package io.flick.engagement;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.video.VideoStats;

/** Counts for cards come from the flushed counters (eventually consistent, within a second or so). */
@Component
class EngagementStats implements VideoStats {

    private final JdbcClient jdbc;
    private final Reactions reactions;

    EngagementStats(JdbcClient jdbc, Reactions reactions) {
        this.jdbc = jdbc;
        this.reactions = reactions;
    }

    @Override
    public Map<VideoId, Counts> counts(Collection<VideoId> videos) {
        Map<VideoId, Counts> counts = new HashMap<>();
        if (videos.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT video_id, likes, saves, shares, views, comments FROM engagement.video_counters WHERE video_id = ANY(?)")
                .param(videos.stream().map(VideoId::value).toArray(Long[]::new))
                .query((rs, row) -> counts.put(new VideoId(rs.getLong(1)),
                        new Counts(rs.getLong("views"), rs.getLong("likes"), rs.getLong("comments"),
                                rs.getLong("shares"), rs.getLong("saves"))))
                .list();
        return counts;
    }

    @Override
    public Map<VideoId, Mine> mine(Optional<UserId> viewer, Collection<VideoId> videos) {
        Map<VideoId, Mine> mine = new HashMap<>();
        if (viewer.isEmpty()) {
            return mine;
        }
        Set<VideoId> liked = reactions.reactedTo(Reactions.Kind.LIKE, viewer.get(), videos);
        Set<VideoId> saved = reactions.reactedTo(Reactions.Kind.SAVE, viewer.get(), videos);
        videos.forEach(video -> mine.put(video, new Mine(liked.contains(video), saved.contains(video))));
        return mine;
    }
}
