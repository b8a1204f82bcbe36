package io.flick.engagement;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.platform.CurrentUser;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** Seed 001's like and save endpoints. */
@RestController
class EngagementController {

    private final React react;
    private final Reactions reactions;

    EngagementController(React react, Reactions reactions) {
        this.react = react;
        this.reactions = reactions;
    }

    @PostMapping("/api/v1/videos/{videoId}/like")
    @ResponseStatus(HttpStatus.CREATED)
    LikesCount like(@CurrentUser UserId me, @PathVariable String videoId) {
        return new LikesCount(react.like(me, VideoId.parse(videoId)));
    }

    @DeleteMapping("/api/v1/videos/{videoId}/like")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlike(@CurrentUser UserId me, @PathVariable String videoId) {
        react.unlike(me, VideoId.parse(videoId));
    }

    @PostMapping("/api/v1/videos/{videoId}/save")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void save(@CurrentUser UserId me, @PathVariable String videoId) {
        react.save(me, VideoId.parse(videoId));
    }

    @DeleteMapping("/api/v1/videos/{videoId}/save")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsave(@CurrentUser UserId me, @PathVariable String videoId) {
        react.unsave(me, VideoId.parse(videoId));
    }

    /** My saved videos, newest first (ids and when; cards come from the video endpoint or, later, feeds). */
    @GetMapping("/api/v1/users/me/saved")
    Saved saved(@CurrentUser UserId me, @RequestParam(required = false) Integer limit,
                @RequestParam(required = false) String cursor) {
        PageRequest request = PageRequest.of(limit, cursor, "saved:" + me);
        Slice<Reactions.Entry> page = reactions.byUser(Reactions.Kind.SAVE, me, request);
        return new Saved(page.items().stream().map(e -> new SavedVideo(e.video(), e.at())).toList(), page.nextCursor());
    }

    record LikesCount(long likesCount) {
    }

    record SavedVideo(VideoId videoId, Instant savedAt) {
    }

    record Saved(List<SavedVideo> videos, String nextCursor) {
    }
}
