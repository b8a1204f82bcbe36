package io.flick.engagement;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.flick.account.AccountProblem;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.platform.CurrentUser;
import io.flick.shared.FlickException;
import io.flick.shared.PageRequest;
import io.flick.shared.Problem;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.video.VideoCard;
import io.flick.video.VideoCatalog;

/**
 * The videos a user liked (seed 001's {@code GET /users/{id}/liked}): private unless the user made
 * the list public ({@code liked_videos_public}); even then only videos the viewer may see are listed.
 */
@RestController
class LikedVideosController {

    private final Reactions reactions;
    private final VideoCatalog catalog;
    private final UserDirectory users;

    LikedVideosController(Reactions reactions, VideoCatalog catalog, UserDirectory users) {
        this.reactions = reactions;
        this.catalog = catalog;
        this.users = users;
    }

    @GetMapping("/api/v1/users/{userId}/liked")
    LikedVideos liked(@PathVariable String userId, @CurrentUser Viewer viewer,
                      @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        UserId owner = UserId.parse(userId);
        UserSummary account = users.visibleTo(owner, viewer)
                .orElseThrow(() -> new FlickException(AccountProblem.USER_NOT_FOUND, "There is no such user."));
        if (!account.likedVideosPublic() && !viewer.is(owner)) {
            throw new FlickException(Problem.FORBIDDEN, "This user keeps their liked videos private.");
        }
        PageRequest page = PageRequest.of(limit, cursor, "liked:" + owner);
        Slice<Reactions.Entry> slice = reactions.byUser(Reactions.Kind.LIKE, owner, page);
        return new LikedVideos(catalog.cards(slice.items().stream().map(Reactions.Entry::video).toList(), viewer),
                slice.nextCursor());
    }

    record LikedVideos(List<VideoCard> videos, String nextCursor) {
    }
}
