package io.flick.discovery.search;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.flick.discovery.index.SearchIndex;
import io.flick.discovery.recent.RecentSearches;
import io.flick.platform.CurrentUser;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.FlickException;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.Viewer;
import io.flick.video.VideoCard;

/**
 * Search ({@code /api/v1/search/…}): videos, people, sounds and hashtags, each a cursor-paged list
 * best match first, and type-ahead across them. Every answer says {@code degraded} while the index is
 * being rebuilt (results may then be incomplete). A member's first page of a search is recorded in
 * their recent searches. Each caller (member, else address) has a generous budget per minute, as
 * type-ahead sends a request per keystroke.
 */
@RestController
class SearchController {

    static final int MAX_LIMIT = 50;
    static final RateLimit SEARCHES = new RateLimit("searches", 300, Duration.ofMinutes(1));
    static final RateLimit SUGGESTIONS = new RateLimit("suggestions", 600, Duration.ofMinutes(1));

    private final SearchIndex index;
    private final VideoSearch videos;
    private final PeopleSearch people;
    private final SoundSearch sounds;
    private final HashtagSearch hashtags;
    private final Suggestions suggestions;
    private final RecentSearches recent;
    private final RateLimiter limiter;
    private final Clock clock;

    SearchController(SearchIndex index, VideoSearch videos, PeopleSearch people, SoundSearch sounds,
                     HashtagSearch hashtags, Suggestions suggestions, RecentSearches recent, RateLimiter limiter,
                     Clock clock) {
        this.index = index;
        this.videos = videos;
        this.people = people;
        this.sounds = sounds;
        this.hashtags = hashtags;
        this.suggestions = suggestions;
        this.recent = recent;
        this.limiter = limiter;
        this.clock = clock;
    }

    record VideoResults(String query, List<VideoCard> videos, String nextCursor, boolean degraded) {
    }

    record UserResults(String query, List<PeopleSearch.PersonResult> users, String nextCursor, boolean degraded) {
    }

    record SoundResults(String query, List<SoundSearch.SoundResult> sounds, String nextCursor, boolean degraded) {
    }

    record HashtagResults(String query, List<HashtagSearch.HashtagResult> hashtags, String nextCursor, boolean degraded) {
    }

    record SuggestionResults(String query, List<Suggestions.Suggestion> suggestions, boolean degraded) {
    }

    @GetMapping("/api/v1/search/videos")
    VideoResults searchVideos(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                        @RequestParam(required = false) String cursor, @CurrentUser Viewer viewer, HttpServletRequest request) {
        return search("videos", q, limit, cursor, viewer, request, (text, page) -> videos.page(text, viewer, page),
                (text, slice) -> new VideoResults(text.text(), slice.items(), slice.nextCursor(), index.degraded()));
    }

    @GetMapping("/api/v1/search/users")
    UserResults searchUsers(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                      @RequestParam(required = false) String cursor, @CurrentUser Viewer viewer, HttpServletRequest request) {
        return search("users", q, limit, cursor, viewer, request, (text, page) -> people.page(text, viewer, page),
                (text, slice) -> new UserResults(text.text(), slice.items(), slice.nextCursor(), index.degraded()));
    }

    @GetMapping("/api/v1/search/sounds")
    SoundResults searchSounds(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                        @RequestParam(required = false) String cursor, @CurrentUser Viewer viewer, HttpServletRequest request) {
        return search("sounds", q, limit, cursor, viewer, request, (text, page) -> sounds.page(text, viewer, page),
                (text, slice) -> new SoundResults(text.text(), slice.items(), slice.nextCursor(), index.degraded()));
    }

    @GetMapping("/api/v1/search/hashtags")
    HashtagResults searchHashtags(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String cursor, @CurrentUser Viewer viewer,
                            HttpServletRequest request) {
        return search("hashtags", q, limit, cursor, viewer, request, (text, page) -> hashtags.page(text, viewer, page),
                (text, slice) -> new HashtagResults(text.text(), slice.items(), slice.nextCursor(), index.degraded()));
    }

    @GetMapping("/api/v1/search/suggest")
    SuggestionResults suggest(@RequestParam(required = false) String q, @CurrentUser Viewer viewer,
                              HttpServletRequest request) {
        limiter.acquire(SUGGESTIONS, caller(viewer, request));
        SearchText text = SearchText.of(q, index.analyzer());
        return new SuggestionResults(text.text(), suggestions.suggest(text, viewer), index.degraded());
    }

    @FunctionalInterface
    private interface Finder<T> {
        Slice<T> find(SearchText text, PageRequest page);
    }

    @FunctionalInterface
    private interface Answer<T, R> {
        R of(SearchText text, Slice<T> slice);
    }

    private <T, R> R search(String kind, String q, Integer limit, String cursor, Viewer viewer, HttpServletRequest request,
                            Finder<T> finder, Answer<T, R> answer) {
        limiter.acquire(SEARCHES, caller(viewer, request));
        SearchText text = SearchText.of(q, index.analyzer());
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw FlickException.invalidField("limit", "out_of_range", "must be between 1 and " + MAX_LIMIT);
        }
        PageRequest page = PageRequest.of(limit, cursor, "search:" + kind + ":" + text.text());
        Slice<T> found = finder.find(text, page);
        if (cursor == null || cursor.isBlank()) {
            viewer.signedIn().ifPresent(me -> recent.record(me, text.text(), clock.instant()));
        }
        return answer.of(text, found);
    }

    /** Whose budget a request spends: a member's own, a visitor's address's. */
    private static String caller(Viewer viewer, HttpServletRequest request) {
        return viewer.signedIn().map(me -> "user:" + me.value()).orElseGet(() -> "address:" + request.getRemoteAddr());
    }
}
