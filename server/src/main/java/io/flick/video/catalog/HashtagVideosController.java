package io.flick.video.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.flick.account.Blocks;
import io.flick.platform.CurrentUser;
import io.flick.shared.Cursor;
import io.flick.shared.FieldError;
import io.flick.shared.FilteredPages;
import io.flick.shared.FlickException;
import io.flick.shared.PageRequest;
import io.flick.shared.Problem;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.video.VideoCard;
import io.flick.video.upload.CaptionParser;

/**
 * A hashtag's page (seed 001's {@code GET /hashtags/{hashtag}/videos}): the published videos whose
 * caption or hashtags carry the tag, newest first, as far as the viewer may see each of them (the
 * same rules as a single video: privacy, the account's privacy, blocks both ways).
 * <p>
 * Access is checked after the candidates are read, so a page may come back shorter than
 * {@code limit} with a cursor to go on; the client keeps paging until {@code next_cursor} is null.
 */
@RestController
class HashtagVideosController {

    /** Candidate batches read for one page before answering with what was found so far. */
    private static final int MAX_BATCHES = 5;

    private final Videos videos;
    private final VideoAccess access;
    private final VideoCards cards;
    private final Blocks blocks;

    HashtagVideosController(Videos videos, VideoAccess access, VideoCards cards, Blocks blocks) {
        this.videos = videos;
        this.access = access;
        this.cards = cards;
        this.blocks = blocks;
    }

    @GetMapping("/api/v1/hashtags/{hashtag}/videos")
    HashtagVideos list(@PathVariable String hashtag, @CurrentUser Viewer viewer,
                       @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        String tag = CaptionParser.hashtag(hashtag);
        if (tag == null) {
            throw new FlickException(Problem.VALIDATION_FAILED, "The request has invalid fields.", List.of(new FieldError(
                    "hashtag", "invalid", "must be 1 to 100 letters, digits or underscores, with or without a leading #")));
        }
        PageRequest page = PageRequest.of(limit, cursor, "hashtag:" + tag);
        Set<Long> hidden = viewer.signedIn().map(blocks::hiddenFrom).orElse(Set.of()).stream().map(UserId::value)
                .collect(Collectors.toSet());
        Slice<VideoRow> shown = FilteredPages.fill(page, 1, MAX_BATCHES,
                (after, count) -> videos.byHashtag(tag, viewer, hidden, after == null ? null : after.key(0), count),
                candidates -> access.visible(candidates, viewer), video -> Cursor.of(video.id().value()));
        return new HashtagVideos(tag, cards.cards(shown.items(), viewer), shown.nextCursor());
    }

    record HashtagVideos(String hashtag, List<VideoCard> videos, String nextCursor) {
    }
}
