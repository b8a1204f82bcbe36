package io.flick.sound;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.shared.UserId;

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

    boolean canHear(SoundRow sound, Optional<UserId> listener) {
        if (listener.isPresent() && listener.get().equals(sound.owner())) {
            return true;
        }
        if (listener.isPresent() && blocks.eitherBlocks(sound.owner(), listener.get())) {
            return false;
        }
        return sound.published() || origins.visible(sound.sourceAssetId(), listener);
    }

    /** Whether the original clip is public (anyone, signed in or not, may see it). */
    boolean fromPublicClip(SoundRow sound) {
        return origins.visible(sound.sourceAssetId(), Optional.empty());
    }
}
