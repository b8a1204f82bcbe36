package io.flick.discovery.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import io.flick.engagement.VideoLiked;
import io.flick.engagement.VideoViewed;
import io.flick.platform.PeriodicWork;
import io.flick.shared.VideoId;
import io.flick.video.VideoStats;

/**
 * Likes and views, the index's engagement figures for ranking: a like or view only marks its video,
 * and every {@code flick.search.engagement-flush} one round reads the marked videos' counts in one
 * query and updates their doc values in place. A popular video costs one update per round, not one
 * per view. Counts a crash loses are read again at the next rebuild; ranking may lag, results never do.
 */
@Component
class EngagementFigures extends PeriodicWork {

    private final Set<VideoId> marked = ConcurrentHashMap.newKeySet();
    private final VideoStats stats;
    private final SearchIndex index;

    EngagementFigures(VideoStats stats, SearchIndex index, SearchSettings settings) {
        super("search-engagement", settings.engagementFlush(), settings.engagementFlush(),
                "Updating the search index's engagement figures failed; the next round reads them again");
        this.stats = stats;
        this.index = index;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(VideoLiked event) {
        marked.add(event.video());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(VideoViewed event) {
        marked.add(event.video());
    }

    @Override
    protected void round() {
        if (marked.isEmpty()) {
            return;
        }
        List<VideoId> videos = new ArrayList<>(marked);
        marked.removeAll(videos);
        Map<VideoId, VideoStats.Counts> counts = stats.counts(videos);
        counts.forEach((video, count) -> {
            String key = Fields.key(Fields.VIDEO, video.value());
            index.updateFigure(key, Fields.LIKES, count.likes());
            index.updateFigure(key, Fields.VIEWS, count.views());
        });
        index.commit();
    }
}
