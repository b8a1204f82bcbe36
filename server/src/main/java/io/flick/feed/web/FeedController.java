package io.flick.feed.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.feed.SignalKind;
import io.flick.account.AccountProblem;
import io.flick.account.UserDirectory;
import io.flick.feed.candidates.FeedReason;
import io.flick.feed.model.FeedState;
import io.flick.feed.pipeline.FeedSession;
import io.flick.feed.pipeline.FeedSessions;
import io.flick.feed.pipeline.ForYouPipeline;
import io.flick.feed.ranking.Score;
import io.flick.feed.signals.FeedSignals;
import io.flick.feed.signals.Signal;
import io.flick.platform.CurrentUser;
import io.flick.platform.RateLimiter;
import io.flick.shared.Cursor;
import io.flick.shared.FieldError;
import io.flick.shared.FilteredPages;
import io.flick.shared.FlickException;
import io.flick.shared.PageRequest;
import io.flick.shared.Problem;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.VideoCard;
import io.flick.video.VideoCatalog;
import io.flick.video.VideoProblem;
import io.flick.video.VideoVisibility;

/** Seed 001's feed API, plus the controls that shape For You: not interested, hide a creator, why. */
@RestController
class FeedController {

    /** Batches read for one page (followed creators' videos; For You pages whose every card was invisible) before answering with what was found. */
    private static final int MAX_BATCHES = 5;

    private final ForYouPipeline forYou;
    private final FeedSessions sessions;
    private final FollowingFeed following;
    private final FeedState state;
    private final FeedSignals signals;
    private final VideoCatalog catalog;
    private final VideoVisibility visibility;
    private final UserDirectory users;
    private final java.time.Clock clock;
    private final RateLimiter limiter;

    FeedController(ForYouPipeline forYou, FeedSessions sessions, FollowingFeed following, FeedState state,
                   FeedSignals signals, VideoCatalog catalog, VideoVisibility visibility, UserDirectory users,
                   java.time.Clock clock, RateLimiter limiter) {
        this.forYou = forYou;
        this.sessions = sessions;
        this.following = following;
        this.state = state;
        this.signals = signals;
        this.catalog = catalog;
        this.visibility = visibility;
        this.users = users;
        this.clock = clock;
        this.limiter = limiter;
    }

    @GetMapping("/api/v1/feed/for-you")
    FeedPage forYou(@CurrentUser Viewer viewer, @RequestParam(required = false) Integer limit,
                    @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, "for-you"); // paged by feed sessions, bound to the viewer there
        Long me = viewer.idOrNull(); // the recommender keys its in-memory state by raw user id, null for a visitor
        FeedSession session = sessions.resume(page.cursor(), me, ForYouPipeline.FEED);
        // Cards drop what the viewer may not see (a private account they do not follow): a page that lost
        // cards reads on, a few batches at most, so a short page is rare and an empty one means the end.
        List<FeedPage.Entry> entries = new ArrayList<>();
        Set<VideoId> onPage = new HashSet<>();
        List<VideoId> prefetch = List.of();
        boolean fallback = false;
        for (int batch = 1; batch <= MAX_BATCHES && entries.size() < page.limit(); batch++) {
            ForYouPipeline.Page result = forYou.next(session, me, page.limit() - entries.size());
            if (result.items().isEmpty()) {
                break;
            }
            FeedPage part = page(result.items(), viewer, null, result.prefetch().stream().map(VideoId::new).toList(), null);
            // A small catalogue's backfill may offer again what an earlier batch of this page showed.
            int before = entries.size();
            part.videos().stream().filter(entry -> onPage.add(entry.videoId())).forEach(entries::add);
            prefetch = part.prefetchIds();
            fallback |= result.fallback();
            if (entries.size() == before && !entries.isEmpty()) {
                break; // nothing new: the viewer has this page's worth of what they may see
            }
        }
        return new FeedPage(entries, entries.isEmpty() ? null : FeedSessions.cursor(session),
                entries.isEmpty() ? List.of() : prefetch.stream().filter(id -> !onPage.contains(id)).toList(),
                fallback ? Boolean.TRUE : null);
    }

    @GetMapping("/api/v1/feed/following")
    FeedPage following(@CurrentUser UserId viewer, @RequestParam(required = false) Integer limit,
                       @RequestParam(required = false) String cursor, @RequestParam(required = false) String order) {
        String by = order == null ? "recent" : order;
        if (!by.equals("recent") && !by.equals("ranked")) {
            throw new FlickException(Problem.VALIDATION_FAILED, "The request has invalid fields.",
                    List.of(new FieldError("order", "one_of", "must be recent or ranked")));
        }
        Set<Long> creators = followees(viewer);
        PageRequest page = PageRequest.of(limit, cursor, "feed-following:" + viewer + ":" + by);
        return by.equals("recent") ? newest(viewer, creators, page) : ranked(viewer, creators, page);
    }

    @GetMapping("/api/v1/feed/friends")
    FeedPage friends(@CurrentUser UserId viewer, @RequestParam(required = false) Integer limit,
                     @RequestParam(required = false) String cursor) {
        return newest(viewer, friends(viewer), PageRequest.of(limit, cursor, "feed-friends:" + viewer));
    }

    /**
     * How many videos of the Following feed are newer than {@code after} (the one at the top of the
     * viewer's list), counting only those the viewer may see, up to {@link NewVideos#CAP}.
     */
    @GetMapping("/api/v1/feed/following/new")
    NewVideos followingNew(@CurrentUser UserId viewer, @RequestParam String after) {
        return newer(viewer, followees(viewer), after);
    }

    /** As {@link #followingNew} for the Friends feed. */
    @GetMapping("/api/v1/feed/friends/new")
    NewVideos friendsNew(@CurrentUser UserId viewer, @RequestParam String after) {
        return newer(viewer, friends(viewer), after);
    }

    @PostMapping("/api/v1/videos/{videoId}/not-interested")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void notInterested(@CurrentUser UserId viewer, @PathVariable String videoId) {
        VideoId video = VideoId.parse(videoId);
        if (!visibility.visible(video, Viewer.member(viewer))) {
            throw new FlickException(VideoProblem.VIDEO_NOT_FOUND, "There is no such video.");
        }
        signals.record(Signal.of(SignalKind.NOT_INTERESTED, viewer.value(), video.value(), clock.instant()));
    }

    @PostMapping("/api/v1/users/{userId}/hide")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void hide(@CurrentUser UserId viewer, @PathVariable String userId) {
        UserId creator = existing(viewer, userId);
        signals.record(Signal.of(SignalKind.HIDE, viewer.value(), creator.value(), clock.instant()));
    }

    @DeleteMapping("/api/v1/users/{userId}/hide")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unhide(@CurrentUser UserId viewer, @PathVariable String userId) {
        UserId creator = existing(viewer, userId);
        signals.record(Signal.of(SignalKind.UNHIDE, viewer.value(), creator.value(), clock.instant()));
    }

    @GetMapping("/api/v1/feed/for-you/why/{videoId}")
    Explanations.Why why(@CurrentUser Viewer viewer, @PathVariable String videoId) {
        VideoId video = VideoId.parse(videoId);
        if (!visibility.visible(video, viewer) || state.item(video.value()).isEmpty()) {
            throw new FlickException(VideoProblem.VIDEO_NOT_FOUND, "There is no such video.");
        }
        Score score = forYou.score(viewer.idOrNull(), List.of(video.value())).get(video.value());
        return new Explanations.Why(video.toString(), score.reason(), Explanations.reason(score.reason()),
                Explanations.signals(score));
    }

    private UserId existing(UserId viewer, String userId) {
        UserId creator = UserId.parse(userId);
        if (creator.equals(viewer) || users.visibleTo(creator, Viewer.member(viewer)).isEmpty()) {
            throw new FlickException(AccountProblem.USER_NOT_FOUND, "There is no such user.");
        }
        return creator;
    }

    private Set<Long> followees(UserId viewer) {
        return state.taste(viewer.value()).followees();
    }

    /** The followed creators who follow the viewer back. */
    private Set<Long> friends(UserId viewer) {
        return followees(viewer).stream().filter(creator -> state.follows(creator, viewer.value()))
                .collect(Collectors.toSet());
    }

    private FeedPage newest(UserId viewer, Set<Long> creators, PageRequest page) {
        // Cards drop what the viewer may not see: read on until the page is full or the list ends.
        Map<VideoId, VideoCard> cards = new HashMap<>();
        Slice<FeedState.Newest> shown = FilteredPages.fill(page, 2, MAX_BATCHES,
                (after, count) -> following.newest(creators, after, count),
                batch -> visible(viewer, batch, cards),
                FeedController::position);
        return new FeedPage(shown.items().stream().map(n -> cards.get(new VideoId(n.id())))
                .map(card -> new FeedPage.Entry(card.videoId(), card, FeedReason.FOLLOWED_CREATOR)).toList(),
                shown.nextCursor(), List.of(), null);
    }

    private NewVideos newer(UserId viewer, Set<Long> creators, String after) {
        limiter.acquire(NewVideos.POLLS, viewer.toString());
        FeedState.Newest since = top(viewer, after);
        int count = 0;
        Cursor read = null;
        // Bounded like a page: at most MAX_BATCHES batches, however little of them the viewer may see.
        for (int batch = 0; batch < MAX_BATCHES && count < NewVideos.CAP; batch++) {
            List<FeedState.Newest> candidates = following.newer(creators, since, read, NewVideos.CAP);
            count += visible(viewer, candidates, new HashMap<>()).size();
            if (candidates.size() < NewVideos.CAP) {
                break; // reached the video the viewer has
            }
            read = position(candidates.getLast());
        }
        return new NewVideos(Math.min(count, NewVideos.CAP));
    }

    /** Where {@code videoId} stands in the newest-first lists: it must be a video the viewer may see. */
    private FeedState.Newest top(UserId viewer, String videoId) {
        VideoId video = VideoId.parse(videoId);
        return state.item(video.value()).filter(item -> visibility.visible(video, Viewer.member(viewer)))
                .map(item -> new FeedState.Newest(item.publishedAt().toEpochMilli(), item.id()))
                .orElseThrow(() -> new FlickException(VideoProblem.VIDEO_NOT_FOUND, "There is no such video."));
    }

    /**
     * The candidates of {@code batch} the viewer may see, in order, their cards put in {@code cards}:
     * the one visibility rule of the Following and Friends feeds, pages and counts alike.
     */
    private List<FeedState.Newest> visible(UserId viewer, List<FeedState.Newest> batch, Map<VideoId, VideoCard> cards) {
        if (batch.isEmpty()) {
            return List.of();
        }
        catalog.cards(batch.stream().map(n -> new VideoId(n.id())).toList(), Viewer.member(viewer))
                .forEach(card -> cards.put(card.videoId(), card));
        return batch.stream().filter(n -> cards.containsKey(new VideoId(n.id()))).toList();
    }

    private static Cursor position(FeedState.Newest item) {
        return Cursor.of(item.publishedMillis(), item.id());
    }

    private FeedPage ranked(UserId viewer, Set<Long> creators, PageRequest page) {
        FeedSession session = sessions.resume(page.cursor(), viewer.value(), "following");
        ForYouPipeline.Page result = forYou.nextFrom(session, viewer.value(), creators, page.limit());
        return page(result.items(), Viewer.member(viewer), result.items().isEmpty() ? null : FeedSessions.cursor(session),
                result.prefetch().stream().map(VideoId::new).toList(), null);
    }

    private FeedPage page(List<Score> items, Viewer viewer, String cursor, List<VideoId> prefetch, Boolean fallback) {
        // One hydration for the page and its prefetch ids together: the prefetch ids go through the same
        // visibility check (a client must never be told to fetch a card it cannot get) at no extra query.
        List<VideoId> wanted = Stream.concat(items.stream().map(s -> new VideoId(s.item())), prefetch.stream())
                .distinct().toList();
        Map<VideoId, VideoCard> cards = catalog.cards(wanted, viewer)
                .stream().collect(Collectors.toMap(VideoCard::videoId, Function.identity()));
        List<FeedPage.Entry> entries = items.stream().filter(s -> cards.containsKey(new VideoId(s.item())))
                .map(s -> new FeedPage.Entry(new VideoId(s.item()), cards.get(new VideoId(s.item())), s.reason())).toList();
        List<VideoId> visiblePrefetch = prefetch.stream().filter(cards::containsKey).toList();
        return new FeedPage(entries, cursor, visiblePrefetch, fallback);
    }
}
