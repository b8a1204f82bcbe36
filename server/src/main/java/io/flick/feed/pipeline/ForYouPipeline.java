package io.flick.feed.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.feed.candidates.Candidate;
import io.flick.feed.candidates.FeedReason;
import io.flick.feed.candidates.FeedRequest;
import io.flick.feed.model.Charts;
import io.flick.feed.model.FeedState;
import io.flick.feed.model.Item;
import io.flick.feed.model.Taste;
import io.flick.feed.ranking.Ranker;
import io.flick.feed.ranking.ReRanker;
import io.flick.feed.ranking.Score;
import io.flick.shared.UserId;

/**
 * For You, in two phases: candidate sources in parallel under a deadline, then merge, filter
 * (seen, dismissed, hidden or blocked creators, served in this session, not public), rank and
 * re-rank. A viewer's candidate pool is kept for a few pages ({@link CandidateCache}) and re-ranked
 * with the taste of the moment, so every view is reflected on the very next page. When a source fails or is late,
 * the page comes from the precomputed trending and fresh lists, flagged, filtered all the same.
 */
@Component
public class ForYouPipeline {

    public static final String FEED = "for_you";
    static final int PREFETCH = 3;
    static final int PAGE = 20;
    private static final int FOLLOWING_PER_CREATOR = 50;

    private final FeedState state;
    private final Charts charts;
    private final CandidateGathering gathering;
    private final CandidateCache cache;
    private final Ranker ranker;
    private final ReRanker reRanker;
    private final Blocks blocks;
    private final FeedSettings settings;
    private final Clock clock;

    ForYouPipeline(FeedState state, Charts charts, CandidateGathering gathering, CandidateCache cache, Ranker ranker, ReRanker reRanker,
                   Blocks blocks, FeedSettings settings, Clock clock) {
        this.state = state;
        this.charts = charts;
        this.gathering = gathering;
        this.cache = cache;
        this.ranker = ranker;
        this.reRanker = reRanker;
        this.blocks = blocks;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param prefetch the ids that will open the next page
     * @param missing  the sources that failed or were late (non-empty only with {@code fallback})
     */
    public record Page(List<Score> items, List<Long> prefetch, boolean fallback, List<String> missing) {
    }

    /**
     * The next page of the session. When the sources have too little left for it (the viewer has seen
     * what they propose), the page is topped up by the {@linkplain #backfill backfill}, so For You
     * never runs dry while the catalogue holds a video the viewer may see; it comes back empty only
     * when there is none.
     */
    public Page next(FeedSession session, Long viewer, int limit) {
        synchronized (session) {
            Instant now = clock.instant();
            Taste.Snapshot taste = state.taste(viewer);
            FeedRequest request = new FeedRequest(viewer, taste, session.served(), now);
            Set<Long> blocked = blockedCreators(viewer);
            String key = CandidateCache.key(viewer, session);
            Map<Long, List<Candidate>> pool = cache.take(key, taste.generation(), taste.positives());
            List<String> missing = List.of();
            List<Score> ranked = pool == null ? null : ranker.rank(taste, eligible(pool, request, blocked), now.toEpochMilli());
            // A cached pool that is nearly spent is gathered again before anything is backfilled: the
            // sources may have something new since.
            if (ranked == null || ranked.size() < limit + PREFETCH) {
                CandidateGathering.Gathered gathered = gathering.gather(request);
                missing = gathered.missing();
                pool = missing.isEmpty() ? gathered.proposals() : fallbackPool(request);
                // A fallback pool serves one page; the next one tries the sources again.
                cache.keep(key, pool, taste.generation(), taste.positives(), missing.isEmpty() ? settings.cachedPages() : 1);
                ranked = ranker.rank(taste, eligible(pool, request, blocked), now.toEpochMilli());
            }
            // A fallback page is the precomputed lists only (the next page tries the sources again), unless they have nothing.
            if (ranked.size() < limit + PREFETCH && (missing.isEmpty() || ranked.isEmpty())) {
                ranked = new ArrayList<>(ranked);
                ranked.addAll(backfill(session, request, blocked, ranked));
            }
            ranked = promisedFirst(ranked, session.promised());
            Set<Long> exploration = proposedBy(pool, FeedReason.FRESH);
            List<Score> page = reRanker.page(ranked, limit, session.recentCreators(), exploration);
            // By item id: the ranked list holds one score per item, and comparing whole scores (totals and
            // every part) of each ranked item against each page item showed in profiles.
            Set<Long> onPage = new HashSet<>(ids(page));
            List<Score> rest = ranked.stream().filter(score -> !onPage.contains(score.item())).toList();
            List<Long> creators = creators(page);
            List<Long> next = ids(reRanker.page(rest, PREFETCH, tail(session.recentCreators(), creators), exploration));
            session.record(ids(page), creators, next);
            state.served(ids(page));
            return new Page(page, next, !missing.isEmpty(), missing);
        }
    }

    /**
     * What For You offers when the sources have nothing more: every video the viewer may see
     * (public, not marked not interested, not by a hidden or blocked creator, not their own) that is
     * not already ranked, in this order: videos they never saw that no source proposed
     * ({@link FeedReason#CATALOGUE}, newest first); then videos they saw, seen longest ago and least
     * completed first ({@link FeedReason#REWATCH}); then what this session already served, the
     * longest ago first (a visitor's only record of what they saw). A scan of the catalogue, done
     * only when the sources run short.
     */
    private List<Score> backfill(FeedSession session, FeedRequest request, Set<Long> blocked, List<Score> ranked) {
        Set<Long> taken = new HashSet<>(ids(ranked));
        Map<Long, Long> rewatch = request.taste().rewatchKeys();
        List<Long> served = session.servedOldestFirst();
        Map<Long, Integer> servedOrder = new HashMap<>();
        for (int i = 0; i < served.size(); i++) {
            servedOrder.put(served.get(i), i);
        }
        record Entry(Item item, int group, long order) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Item item : state.items()) {
            if (taken.contains(item.id()) || !item.isPublic() || blocked.contains(item.creator())
                    || request.taste().dismissed().contains(item.id()) || request.taste().hiddenCreators().contains(item.creator())
                    || (request.viewer() != null && item.creator() == request.viewer())) {
                continue;
            }
            Integer servedAt = servedOrder.get(item.id());
            Long rewatchKey = rewatch.get(item.id());
            if (servedAt != null) {
                entries.add(new Entry(item, 2, servedAt));
            } else if (rewatchKey != null) {
                entries.add(new Entry(item, 1, rewatchKey));
            } else {
                entries.add(new Entry(item, 0, -item.publishedAt().toEpochMilli()));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::group).thenComparingLong(Entry::order)
                .thenComparingLong(e -> e.item().id()));
        List<Score> backfill = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            // Below every ranked score, in the backfill's order: the ranked candidates always come first.
            backfill.add(new Score(entry.item().id(), -1 - i, entry.group() == 0 ? FeedReason.CATALOGUE : FeedReason.REWATCH,
                    List.of()));
        }
        return backfill;
    }

    /**
     * The next page of videos by the given creators, ranked for the viewer (Following, ranked):
     * the same ranking and diversity rules, without exploration.
     */
    public Page nextFrom(FeedSession session, Long viewer, Set<Long> creators, int limit) {
        synchronized (session) {
            Instant now = clock.instant();
            Taste.Snapshot taste = state.taste(viewer);
            Map<Long, List<Candidate>> pool = new HashMap<>();
            for (long creator : creators) {
                for (long id : state.newestBy(creator, FOLLOWING_PER_CREATOR)) {
                    pool.put(id, List.of(new Candidate(id, FeedReason.FOLLOWED_CREATOR, 1)));
                }
            }
            // Unlike For You, Following shows what the viewer has seen too: it is their creators' list.
            Map<Long, List<Candidate>> eligible = new HashMap<>();
            Set<Long> blocked = blockedCreators(viewer);
            pool.forEach((id, candidates) -> state.item(id)
                    .filter(item -> !session.served().contains(id) && !blocked.contains(item.creator()))
                    .ifPresent(item -> eligible.put(id, candidates)));
            List<Score> ranked = ranker.rank(taste, eligible, now.toEpochMilli());
            List<Score> page = reRanker.page(ranked, limit, session.recentCreators(), Set.of());
            session.record(ids(page), creators(page), List.of());
            return new Page(page, List.of(), false, List.of());
        }
    }

    /**
     * The viewer's top {@code n} as a fresh session paging through For You would see it, page
     * after page of {@value #PAGE} (the evaluation harness asks this).
     */
    public List<Score> top(Long viewer, int n) {
        Taste.Snapshot taste = state.taste(viewer);
        FeedRequest request = new FeedRequest(viewer, taste, Set.of(), clock.instant());
        CandidateGathering.Gathered gathered = gathering.gather(request);
        Map<Long, List<Candidate>> pool = gathered.missing().isEmpty() ? gathered.proposals() : fallbackPool(request);
        List<Score> ranked = new ArrayList<>(ranker.rank(taste, eligible(pool, request, blockedCreators(viewer)),
                request.now().toEpochMilli()));
        Set<Long> exploration = proposedBy(pool, FeedReason.FRESH);
        List<Score> top = new ArrayList<>(n);
        while (top.size() < n && !ranked.isEmpty()) {
            List<Score> page = reRanker.page(ranked, Math.min(PAGE, n - top.size()), tail(List.of(), creators(top)), exploration);
            Set<Long> onPage = new HashSet<>(ids(page));
            ranked.removeIf(score -> onPage.contains(score.item()));
            top.addAll(page);
        }
        return top;
    }

    /**
     * The ranking score of each given item for the viewer, whatever the filters say, with the
     * proposals the sources make right now (for evaluating the ranker, and for "why").
     */
    public Map<Long, Score> score(Long viewer, Collection<Long> items) {
        Taste.Snapshot taste = state.taste(viewer);
        FeedRequest request = new FeedRequest(viewer, taste, Set.of(), clock.instant());
        Map<Long, List<Candidate>> proposals = gathering.gather(request).proposals();
        Map<Long, Score> scores = new HashMap<>();
        for (long id : items) {
            state.item(id).ifPresent(item -> scores.put(id,
                    ranker.score(taste, item, proposals.getOrDefault(id, List.of()), request.now().toEpochMilli())));
        }
        return scores;
    }

    /** The precomputed trending list with a fresh video in every fifth place, as proposals. */
    private Map<Long, List<Candidate>> fallbackPool(FeedRequest request) {
        Map<Long, List<Candidate>> pool = new LinkedHashMap<>();
        List<Charts.Scored> trending = charts.trending();
        for (int i = 0; i < trending.size(); i++) {
            pool.put(trending.get(i).id(), List.of(new Candidate(trending.get(i).id(), FeedReason.TRENDING, 1.0 / (1 + i / 10.0))));
        }
        List<Long> fresh = charts.fresh();
        for (int i = 0; i < fresh.size(); i++) {
            pool.putIfAbsent(fresh.get(i), List.of(new Candidate(fresh.get(i), FeedReason.FRESH, 1.0 / (1 + i / 10.0))));
        }
        return pool;
    }

    private Map<Long, List<Candidate>> eligible(Map<Long, List<Candidate>> pool, FeedRequest request, Set<Long> blocked) {
        Map<Long, List<Candidate>> eligible = new HashMap<>();
        pool.forEach((id, candidates) -> {
            Item item = state.item(id).orElse(null);
            if (item != null && !request.excluded(item) && !blocked.contains(item.creator())) {
                eligible.put(id, candidates);
            }
        });
        return eligible;
    }

    private Set<Long> blockedCreators(Long viewer) {
        if (viewer == null) {
            return Set.of();
        }
        Set<Long> creators = new HashSet<>();
        blocks.hiddenFrom(new UserId(viewer)).forEach(user -> creators.add(user.value()));
        return creators;
    }

    private static Set<Long> proposedBy(Map<Long, List<Candidate>> pool, FeedReason reason) {
        Set<Long> ids = new HashSet<>();
        pool.forEach((id, candidates) -> candidates.forEach(c -> {
            if (c.reason() == reason) {
                ids.add(id);
            }
        }));
        return ids;
    }

    /** The prefetched ids the client was promised open the page, if they are still eligible. */
    private static List<Score> promisedFirst(List<Score> ranked, List<Long> promised) {
        if (promised.isEmpty()) {
            return ranked;
        }
        List<Score> ordered = new ArrayList<>(ranked.size());
        for (long id : promised) {
            ranked.stream().filter(s -> s.item() == id).findFirst().ifPresent(ordered::add);
        }
        ranked.stream().filter(s -> !promised.contains(s.item())).forEach(ordered::add);
        return ordered;
    }

    private List<Long> creators(List<Score> page) {
        return page.stream().map(s -> state.item(s.item()).map(Item::creator).orElse(0L)).toList();
    }

    private static List<Long> tail(List<Long> before, List<Long> page) {
        List<Long> all = new ArrayList<>(before);
        all.addAll(page);
        return all.subList(Math.max(0, all.size() - 4), all.size());
    }

    private static List<Long> ids(List<Score> scores) {
        return scores.stream().map(Score::item).toList();
    }
}
