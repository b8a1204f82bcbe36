package io.flick.video.catalog;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.flick.platform.CurrentUser;
import io.flick.shared.Viewer;
import io.flick.video.Hashtags;
import io.flick.video.VideoCard;

/**
 * A hashtag's videos (seed 001's {@code GET /hashtags/{hashtag}/videos}): the published videos whose
 * caption or hashtags carry the tag, {@code sort=recent} (newest first, the default) or {@code top}
 * (by engagement), as far as the viewer may see each of them (the same rules as a single video:
 * privacy, the account's privacy, blocks both ways). See {@link SortedVideoPages}.
 * <p>
 * Access is checked after the candidates are read, so a page may come back shorter than
 * {@code limit} with a cursor to go on; the client keeps paging until {@code next_cursor} is null.
 */
@RestController
class HashtagVideosController {

    private final SortedVideoPages pages;

    HashtagVideosController(SortedVideoPages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/v1/hashtags/{hashtag}/videos")
    HashtagVideos list(@PathVariable String hashtag, @CurrentUser Viewer viewer, HttpServletRequest request,
                       @RequestParam(required = false) String sort,
                       @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        String tag = Hashtags.require(hashtag);
        VideoOrder order = VideoOrder.of(sort);
        SortedVideoPages.Page page = pages.page(pages.tagged(tag), "hashtag:" + tag, order, viewer, request.getRemoteAddr(),
                limit, cursor);
        return new HashtagVideos(tag, page.videos(), page.nextCursor());
    }

    record HashtagVideos(String hashtag, List<VideoCard> videos, String nextCursor) {
    }
}
