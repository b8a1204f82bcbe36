package io.flick.feed.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One person's paging through a feed: what it served (never served again in this session), the
 * creators of the last few videos (so diversity rules hold across pages), the ids promised as
 * {@code prefetch_ids} (they open the next page). The candidates the pages are ranked from are cached
 * per viewer ({@link CandidateCache}). All access under this object's lock.
 */
public final class FeedSession {

    private final String id;
    private final Long viewer;
    private final String feed;
    private final Set<Long> served = new LinkedHashSet<>();
    private final List<Long> recentCreators = new ArrayList<>();
    private List<Long> promised = List.of();
    private int pages;

    FeedSession(String id, Long viewer, String feed) {
        this.id = id;
        this.viewer = viewer;
        this.feed = feed;
    }

    public String id() {
        return id;
    }

    boolean belongsTo(Long viewer, String feed) {
        return java.util.Objects.equals(this.viewer, viewer) && this.feed.equals(feed);
    }

    Set<Long> served() {
        return Set.copyOf(served);
    }

    List<Long> recentCreators() {
        return List.copyOf(recentCreators);
    }

    List<Long> promised() {
        return promised;
    }

    int pages() {
        return pages;
    }

    void record(List<Long> items, List<Long> creators, List<Long> nextPromised) {
        served.addAll(items);
        recentCreators.addAll(creators);
        while (recentCreators.size() > 4) {
            recentCreators.removeFirst();
        }
        promised = List.copyOf(nextPromised);
        pages++;
    }
}
