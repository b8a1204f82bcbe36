package io.flick.feed.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.flick.feed.candidates.Candidate;

/**
 * The candidate pool of each viewer's next pages, re-ranked with the taste of the moment on every
 * page: per user (a signed-in viewer's new session, another device or the app opened again, starts
 * from it), per paging session for visitors. An entry is good for a few pages and is dropped by what
 * changes the candidates themselves: a follow, a dismissal or a hide (they advance the taste's
 * generation), or a few new positives (co-engagement and similarity would propose other videos).
 * Seen and served videos are filtered at every page, so a reused pool never repeats them.
 */
@Component
class CandidateCache {

    /** New positives after which the sources are asked again: the next page should reflect them. */
    static final int POSITIVES_BEFORE_REFRESH = 3;

    /**
     * Candidates held over all viewers: a pool is one to three thousand of them at ~100 bytes each,
     * so about 200 MB at most; past that the least recently used pools go (their viewers' next page
     * gathers again, which is only slower).
     */
    private static final long MAX_CANDIDATES = 2_000_000;
    /** New videos keep arriving: a pool older than this is gathered again even if unspent. */
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Cache<String, Pool> pools = Caffeine.newBuilder().expireAfterWrite(MAX_AGE)
            .maximumWeight(MAX_CANDIDATES).weigher((String key, Pool pool) -> pool.candidates().size()).build();

    private record Pool(Map<Long, List<Candidate>> candidates, int generation, long positives, int pagesLeft) {
    }

    /** The cached pool for this page, if still good for the taste (and counts the page against it). */
    Map<Long, List<Candidate>> take(String key, int generation, long positives) {
        Pool pool = pools.asMap().computeIfPresent(key, (k, p) -> p.generation != generation || p.pagesLeft <= 0
                || positives - p.positives >= POSITIVES_BEFORE_REFRESH ? null
                : new Pool(p.candidates, p.generation, p.positives, p.pagesLeft - 1));
        return pool == null ? null : pool.candidates;
    }

    /** Keeps a freshly gathered pool for {@code pages} pages, the current one included. */
    void keep(String key, Map<Long, List<Candidate>> candidates, int generation, long positives, int pages) {
        if (pages > 1) {
            pools.put(key, new Pool(Map.copyOf(candidates), generation, positives, pages - 1));
        } else {
            pools.invalidate(key);
        }
    }

    /** A signed-in viewer's pool is theirs whatever the session; a visitor's lives with the session. */
    static String key(Long viewer, FeedSession session) {
        return viewer != null ? "u" + viewer : "s" + session.id();
    }
}
