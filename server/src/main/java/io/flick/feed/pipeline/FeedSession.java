package io.flick.feed.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.flick.feed.candidates.Candidate;

/**
 * One person's paging through a feed: what it served (never served again in this session), the
 * creators of the last few videos (so diversity rules hold across pages), the ids promised as
 * {@code prefetch_ids} (they open the next page), and the cached candidate pool the next pages are
 * ranked from. All access under this object's lock.
 */
public final class FeedSession {

    private final String id;
    private final Long viewer;
    private final String feed;
    private final Set<Long> served = new LinkedHashSet<>();
    private final List<Long> recentCreators = new ArrayList<>();
    private List<Long> promised = List.of();
    private Map<Long, List<Candidate>> pool;
    private int poolGeneration;
    private long poolPositives;
    private int poolPagesLeft;
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
        poolPagesLeft--;
        if (poolPagesLeft <= 0) {
            // Spent: pool() would never hand it out again, and a session is kept for its idle time
            // (30 minutes) — with a few thousand candidates, the largest thing it holds.
            pool = null;
        }
    }

    /** The cached pool, if it is still good for this taste: same follows/dismissals/hides, little new engagement. */
    Map<Long, List<Candidate>> pool(int generation, long positives) {
        if (pool == null || poolGeneration != generation || poolPagesLeft <= 0 || positives - poolPositives >= 3) {
            return null;
        }
        return pool;
    }

    void keepPool(Map<Long, List<Candidate>> candidates, int generation, long positives, int pagesWorth) {
        pool = candidates;
        poolGeneration = generation;
        poolPositives = positives;
        poolPagesLeft = pagesWorth;
    }

    void dropPool() {
        pool = null;
    }
}
