package io.flick.sound;


import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/**
 * Who may see a sound: whoever may see its original clip, or, once it was published as a reusable
 * sound from a public clip, everyone; in both cases nobody on either side of a block with its owner.
 * The clip's rule is the video module's ({@link SoundOrigins}), blocks are the account module's.
 */
@Component
class SoundAccess {

    private final SoundOrigins origins;
    private final Blocks blocks;

    SoundAccess(SoundOrigins origins, Blocks blocks) {
        this.origins = origins;
        this.blocks = blocks;
    }

    boolean canHear(SoundRow sound, Viewer listener) {
        if (listener instanceof Viewer.Member(UserId me)) {
            if (me.equals(sound.owner())) {
                return true;
            }
            if (blocks.eitherBlocks(sound.owner(), me)) {
                return false;
            }
        }
        return sound.published() || origins.visible(sound.sourceAssetId(), listener);
    }

    /** Whether the original clip is public (anyone, signed in or not, may see it). */
    boolean fromPublicClip(SoundRow sound) {
        return origins.visible(sound.sourceAssetId(), Viewer.anonymous());
    }
}
