package io.flick.video.catalog;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.shared.UserId;
import io.flick.video.Privacy;

/**
 * Who may see a video. The owner always; nobody on either side of a block; others only published
 * videos, and of those only public ones for now. Friends-only videos are shown to the owner alone
 * until the social graph exists to say who the friends are (the follow module adds that).
 */
@Component
public class VideoAccess {

    private final Blocks blocks;

    VideoAccess(Blocks blocks) {
        this.blocks = blocks;
    }

    public boolean canView(VideoRow video, Optional<UserId> viewer) {
        if (viewer.isPresent() && viewer.get().equals(video.owner())) {
            return true;
        }
        if (video.status() != VideoRow.Status.PUBLISHED || video.privacy() != Privacy.PUBLIC) {
            return false;
        }
        return viewer.isEmpty() || !blocks.eitherBlocks(viewer.get(), video.owner());
    }
}
