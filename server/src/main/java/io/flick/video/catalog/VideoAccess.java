package io.flick.video.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.social.Follows;
import io.flick.video.Privacy;

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

    public boolean canView(VideoRow video, Viewer viewer) {
        return !visible(List.of(video), viewer).isEmpty();
    }

    /**
     * The videos of {@code videos} the viewer may see, in their order: one query for blocks, one for
     * the owners' account privacy and at most two for the follow relation (who the viewer follows
     * among the owners, who of them follows the viewer), whatever the number of videos.
     */
    public List<VideoRow> visible(List<VideoRow> videos, Viewer viewer) {
        if (videos.isEmpty()) {
            return List.of();
        }
        List<UserId> owners = videos.stream().map(VideoRow::owner).distinct().toList();
        Set<UserId> hidden = viewer.signedIn().map(blocks::hiddenFrom).orElse(Set.of());
        Map<UserId, UserSummary> accounts = users.find(owners);
        Set<UserId> followed = viewer.signedIn().map(me -> follows.followedAmong(me, owners)).orElse(Set.of());
        // Only friends-only videos need the other direction.
        List<UserId> friendsOnly = videos.stream().filter(v -> v.privacy() == Privacy.FRIENDS)
                .map(VideoRow::owner).filter(followed::contains).distinct().toList();
        Set<UserId> followers = viewer.signedIn().filter(me -> !friendsOnly.isEmpty())
                .map(me -> follows.followersAmong(me, friendsOnly)).orElse(Set.of());
        return videos.stream().filter(video -> {
            UserId owner = video.owner();
            if (viewer.is(owner)) {
                return true;
            }
            if (video.status() != VideoRow.Status.PUBLISHED || hidden.contains(owner)) {
                return false;
            }
            return switch (video.privacy()) {
                case PRIVATE -> false;
                case FRIENDS -> followed.contains(owner) && followers.contains(owner);
                case PUBLIC -> !accounts.containsKey(owner) ? followed.contains(owner)
                        : !accounts.get(owner).isPrivate() || followed.contains(owner);
            };
        }).toList();
    }
}
