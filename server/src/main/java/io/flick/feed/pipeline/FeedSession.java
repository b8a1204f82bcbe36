package io.flick.feed.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One person's paging through a feed: what it served (not served again in this session until
 * everything else the viewer may see has been: then For You's backfill serves it again, longest
 * ago first), the creators of the last few videos (so diversity rules hold across pages), the ids
 * promised as {@code prefetch_ids} (they open the next page). For a visitor the served list is all
 * the feed knows of what they have seen; it keeps the last {@value #MAX_SERVED} ids, so a session
 * that pages on for ever stays small. The candidates the pages are ranked from are cached
 * per viewer ({@link CandidateCache}). All access under this object's lock.
 */
public final class FeedSession {

    /** Served ids kept per session, oldest forgotten first (about 50 pages of 20). */
    static final int MAX_SERVED = 1000;

    private final String id;
    private final Long viewer;
    private final String feed;
    private final LinkedHashSet<Long> served = new LinkedHashSet<>();
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

    /** What this session served, the longest ago first. */
    List<Long> servedOldestFirst() {
        return List.copyOf(served);
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
        for (long item : items) {
            served.remove(item); // served again (a rewatch): now the most recent
            served.add(item);
        }
        while (served.size() > MAX_SERVED) {
            served.removeFirst();
        }
        recentCreators.addAll(creators);
        while (recentCreators.size() > 4) {
            recentCreators.removeFirst();
        }
        promised = List.copyOf(nextPromised);
        pages++;
    }
}
