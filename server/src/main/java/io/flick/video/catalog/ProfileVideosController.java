package io.flick.video.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import io.flick.social.Follows;
import io.flick.video.Privacy;
import io.flick.video.VideoCard;

/**
 * A profile's videos (seed 001's {@code GET /users/{id}/videos}): the owner sees all of them, also
 * those still processing; others see what the video's privacy and the account's privacy allow.
 */
@RestController
class ProfileVideosController {

    private final Videos videos;
    private final VideoCards cards;
    private final UserDirectory users;
    private final Follows follows;

    ProfileVideosController(Videos videos, VideoCards cards, UserDirectory users, Follows follows) {
        this.videos = videos;
        this.cards = cards;
        this.users = users;
        this.follows = follows;
    }

    @GetMapping("/api/v1/users/{userId}/videos")
    ProfileVideos list(@PathVariable String userId, @CurrentUser Viewer viewer,
                       @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        UserId owner = UserId.parse(userId);
        UserSummary account = users.visibleTo(owner, viewer)
                .orElseThrow(() -> new FlickException(AccountProblem.USER_NOT_FOUND, "There is no such user."));
        boolean self = viewer.is(owner);
        Set<Privacy> privacies = EnumSet.of(Privacy.PUBLIC);
        if (self) {
            privacies = EnumSet.allOf(Privacy.class);
        } else {
            Optional<UserId> me = viewer.signedIn();
            boolean follower = me.isPresent() && follows.follows(me.get(), owner);
            if (account.isPrivate() && !follower) {
                throw new FlickException(Problem.FORBIDDEN, "This account is private.");
            }
            if (me.isPresent() && follows.areFriends(me.get(), owner)) {
                privacies.add(Privacy.FRIENDS);
            }
        }
        PageRequest page = PageRequest.of(limit, cursor, "videos:" + owner);
        Slice<VideoRow> slice = videos.byOwner(owner, privacies, self, page);
        return new ProfileVideos(cards.cards(slice.items(), viewer), slice.nextCursor());
    }

    record ProfileVideos(List<VideoCard> videos, String nextCursor) {
    }
}
