package io.flick.video.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        return !visible(List.of(video), viewer).isEmpty();
    }

    /**
     * The videos of {@code videos} the viewer may see, in their order: one query for blocks, one for
     * the owners' account privacy, and at most one per owner for the follow relation, whatever the
     * number of videos (a page of a list made of many creators' videos).
     */
    public List<VideoRow> visible(List<VideoRow> videos, Optional<UserId> viewer) {
        Set<UserId> hidden = viewer.map(blocks::hiddenFrom).orElse(Set.of());
        Map<UserId, UserSummary> owners = users.find(videos.stream().map(VideoRow::owner).distinct().toList());
        Map<UserId, Boolean> following = new HashMap<>();
        Map<UserId, Boolean> friends = new HashMap<>();
        return videos.stream().filter(video -> {
            UserId owner = video.owner();
            if (viewer.isPresent() && viewer.get().equals(owner)) {
                return true;
            }
            if (video.status() != VideoRow.Status.PUBLISHED || hidden.contains(owner)) {
                return false;
            }
            return switch (video.privacy()) {
                case PRIVATE -> false;
                case FRIENDS -> viewer.isPresent()
                        && friends.computeIfAbsent(owner, o -> follows.areFriends(viewer.get(), o));
                case PUBLIC -> !(owners.containsKey(owner) ? owners.get(owner).isPrivate() : true)
                        || viewer.isPresent() && following.computeIfAbsent(owner, o -> follows.follows(viewer.get(), o));
            };
        }).toList();
    }
}
