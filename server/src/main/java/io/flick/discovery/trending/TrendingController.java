package io.flick.discovery.trending;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.flick.platform.CurrentUser;
import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.Viewer;
import io.flick.video.VideoCard;

/**
 * The trending page ({@code GET /trending}) and trending sounds ({@code GET /sounds/trending}), from
 * the feed's trending chart ({@link io.flick.feed.TrendingNow}): the one trending score, shown as far
 * as the caller may see each entry ({@link TrendingLists}).
 * <p>
 * {@code /sounds/trending} lives beside {@code /sounds/{sound_id}} of the sound module: Spring matches
 * the literal path first, so {@code trending} is never read as a sound id.
 */
@RestController
class TrendingController {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final TrendingLists lists;

    TrendingController(TrendingLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/v1/trending")
    TrendingPage trending(@CurrentUser Viewer viewer, @RequestParam(required = false) Integer limit) {
        int perKind = limit(limit);
        TrendingLists.Snapshot now = lists.now();
        return new TrendingPage(lists.videos(now, viewer, perKind), lists.hashtags(now, perKind),
                lists.sounds(now, viewer, perKind), lists.creators(now, viewer, perKind), now.updatedAt());
    }

    @GetMapping("/api/v1/sounds/trending")
    TrendingSounds sounds(@CurrentUser Viewer viewer, @RequestParam(required = false) Integer limit) {
        return new TrendingSounds(lists.sounds(lists.now(), viewer, limit(limit)));
    }

    /** Limits outside 1..50 are refused rather than clamped, as lists do, so a client learns its mistake. */
    private static int limit(Integer limit) {
        int value = limit == null ? DEFAULT_LIMIT : limit;
        if (value < 1 || value > MAX_LIMIT) {
            throw new FlickException(Problem.VALIDATION_FAILED, "The request has invalid fields.",
                    List.of(new FieldError("limit", "out_of_range", "must be between 1 and " + MAX_LIMIT)));
        }
        return value;
    }

    /** @param updatedAt when the chart these lists come from was computed (at most 5 minutes ago) */
    record TrendingPage(List<VideoCard> videos, List<TrendingLists.HashtagEntry> hashtags,
                        List<TrendingLists.SoundResult> sounds, List<TrendingLists.Creator> creators, Instant updatedAt) {
    }

    record TrendingSounds(List<TrendingLists.SoundResult> sounds) {
    }
}
