package io.flick.video.catalog;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.shared.UserId;
import io.flick.social.Follows;

/**
 * Who may see a video: its owner always; nobody on either side of a block; others only published
 * videos, and then by privacy: public videos to everyone (to approved followers only when the
 * account is private), friends-only videos to mutual followers, private videos to nobody else.
 */
@Component
public class VideoAccess {

    private final Blocks blocks;
    private final Follows follows;
    private final UserDirectory users;

    VideoAccess(Blocks blocks, Follows follows, UserDirectory users) {
        this.blocks = blocks;
        this.follows = follows;
        this.users = users;
    }

    public boolean canView(VideoRow video, Optional<UserId> viewer) {
        UserId owner = video.owner();
        if (viewer.isPresent() && viewer.get().equals(owner)) {
            return true;
        }
        if (video.status() != VideoRow.Status.PUBLISHED) {
            return false;
        }
        if (viewer.isPresent() && blocks.eitherBlocks(viewer.get(), owner)) {
            return false;
        }
        return switch (video.privacy()) {
            case PRIVATE -> false;
            case FRIENDS -> viewer.isPresent() && follows.areFriends(viewer.get(), owner);
            case PUBLIC -> !users.find(owner).map(UserSummary::isPrivate).orElse(true)
                    || viewer.isPresent() && follows.follows(viewer.get(), owner);
        };
    }
}
