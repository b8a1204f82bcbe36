package io.flick.video.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.Cursor;
import io.flick.shared.FilteredPages;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.shared.Viewer;
import io.flick.video.VideoCard;
import io.flick.video.VideoStats;

/**
 * A page of a hashtag's or a sound's videos in either order, as far as the viewer may see each (the
 * single video's rule, {@link VideoAccess}), checked after the candidates are read
 * ({@link FilteredPages}): a page may be short, with a cursor to go on.
 * <ul>
 * <li>{@code recent}: newest first; the cursor is the last candidate's id.</li>
 * <li>{@code top}: by engagement from the folded counters ({@link VideoStats#byEngagement}), then the
 * newer id; the cursor is the last candidate's (score, id), so pages never repeat or skip a video while
 * its counts stand still. The ranked candidates are the list's newest {@link #TOP_CANDIDATES}: one query
 * reads them, one ranks them, whatever the tag's size, so a huge tag costs a bounded amount per page.</li>
 * </ul>
 */
@Component
class SortedVideoPages {

    /**
     * "Top" pages per caller (a member, or a visitor's address): ranking up to {@link #TOP_CANDIDATES}
     * costs the database more than a newest-first page, so a loop cannot make it do that without pause.
     */
    static final RateLimit TOP_PAGES = new RateLimit("top-videos", 120, Duration.ofMinutes(1));
    /** Candidate batches read for one page before answering with what was found so far. */
    private static final int MAX_BATCHES = 5;
    /** The most candidates a "top" page ranks: a hashtag's or a sound's newest this many videos. */
    static final int TOP_CANDIDATES = 10_000;

    private final Videos videos;
    private final VideoAccess access;
    private final VideoCards cards;
    private final VideoStats stats;
    private final Blocks blocks;
    private final RateLimiter limiter;

    SortedVideoPages(Videos videos, VideoAccess access, VideoCards cards, VideoStats stats, Blocks blocks,
                     RateLimiter limiter) {
        this.limiter = limiter;
        this.videos = videos;
        this.access = access;
        this.cards = cards;
        this.stats = stats;
        this.blocks = blocks;
    }

    /** Where a list's candidates come from, newest first, and all of its newest ids at once. */
    interface Source {
        List<VideoRow> newest(Viewer viewer, Set<Long> hidden, Long before, int limit);

        List<VideoId> newestIds(Viewer viewer, Set<Long> hidden, int max);
    }

    record Page(List<VideoCard> videos, String nextCursor) {
    }

    /** The published videos carrying {@code tag}. */
    Source tagged(String tag) {
        return new Source() {
            @Override
            public List<VideoRow> newest(Viewer viewer, Set<Long> hidden, Long before, int limit) {
                return videos.byHashtag(tag, viewer, hidden, before, limit);
            }

            @Override
            public List<VideoId> newestIds(Viewer viewer, Set<Long> hidden, int max) {
                return videos.idsByHashtag(tag, viewer, hidden, max);
            }
        };
    }

    /** The published videos using {@code sound}. */
    Source using(SoundId sound) {
        return new Source() {
            @Override
            public List<VideoRow> newest(Viewer viewer, Set<Long> hidden, Long before, int limit) {
                return videos.bySound(sound, viewer, hidden, before, limit);
            }

            @Override
            public List<VideoId> newestIds(Viewer viewer, Set<Long> hidden, int max) {
                return videos.idsBySound(sound, viewer, hidden, max);
            }
        };
    }

    /**
     * @param list   the list's identity (its cursors are bound to it and to the order)
     * @param caller who spends the "top" budget: the member, or the visitor's address
     */
    Page page(Source source, String list, VideoOrder order, Viewer viewer, String caller, Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, list + ":" + order.code());
        if (order == VideoOrder.TOP) {
            limiter.acquire(TOP_PAGES, viewer.signedIn().map(UserId::toString).orElse("address:" + caller));
        }
        // Owners on either side of a block never qualify, so they are not read at all.
        Set<Long> hidden = viewer.signedIn().map(blocks::hiddenFrom).orElse(Set.of()).stream().map(UserId::value)
                .collect(Collectors.toSet());
        Slice<VideoRow> shown = switch (order) {
            case RECENT -> FilteredPages.fill(page, 1, MAX_BATCHES,
                    (after, count) -> source.newest(viewer, hidden, after == null ? null : after.key(0), count),
                    candidates -> access.visible(candidates, viewer), video -> Cursor.of(video.id().value()));
            case TOP -> top(source, page, viewer, hidden);
        };
        return new Page(cards.cards(shown.items(), viewer), shown.nextCursor());
    }

    private record Ranked(VideoRow video, long score) {
    }

    private Slice<VideoRow> top(Source source, PageRequest page, Viewer viewer, Set<Long> hidden) {
        // Validates the cursor before any query.
        Cursor.decode(page, 2);
        List<VideoId> candidates = source.newestIds(viewer, hidden, TOP_CANDIDATES);
        Slice<Ranked> shown = FilteredPages.fill(page, 2, MAX_BATCHES, (after, count) -> {
            List<VideoStats.Engaged> ranked = stats.byEngagement(candidates,
                    after == null ? null : new VideoStats.Engaged(new VideoId(after.key(1)), after.key(0)), count);
            Map<VideoId, VideoRow> rows = videos.find(ranked.stream().map(VideoStats.Engaged::video).toList());
            return ranked.stream().filter(e -> rows.containsKey(e.video()))
                    .map(e -> new Ranked(rows.get(e.video()), e.score())).toList();
        }, batch -> {
            Set<VideoId> visible = access.visible(batch.stream().map(Ranked::video).toList(), viewer).stream()
                    .map(VideoRow::id).collect(Collectors.toSet());
            return batch.stream().filter(r -> visible.contains(r.video().id())).toList();
        }, ranked -> Cursor.of(ranked.score(), ranked.video().id().value()));
        return new Slice<>(shown.items().stream().map(Ranked::video).toList(), shown.nextCursor());
    }
}
