package io.flick.sound;

import java.util.List;
import java.util.Set;

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

    /** The rule for one sound: {@link #audible} of a list of one, so it is written once. */
    boolean canHear(SoundRow sound, Viewer listener) {
        return !audible(List.of(sound), listener).isEmpty();
    }

    /**
     * The sounds of {@code sounds} the listener may hear, in their order: its owner always; nobody on
     * either side of a block with the owner; otherwise a published sound, or one whose original clip the
     * listener may see. One query for blocks, and the clips' rule asked once for every unpublished sound.
     */
    List<SoundRow> audible(List<SoundRow> sounds, Viewer listener) {
        if (sounds.isEmpty()) {
            return List.of();
        }
        Set<UserId> hidden = listener.signedIn().map(blocks::hiddenFrom).orElse(Set.of());
        List<SoundRow> unblocked = sounds.stream().filter(sound -> listener.is(sound.owner()) || !hidden.contains(sound.owner()))
                .toList();
        List<Long> clips = unblocked.stream().filter(sound -> !sound.published() && !listener.is(sound.owner()))
                .map(SoundRow::sourceAssetId).toList();
        Set<Long> visibleClips = clips.isEmpty() ? Set.of() : origins.visibleAmong(clips, listener);
        return unblocked.stream().filter(sound -> listener.is(sound.owner()) || sound.published()
                || visibleClips.contains(sound.sourceAssetId())).toList();
    }

    /** Whether the original clip is public (anyone, signed in or not, may see it). */
    boolean fromPublicClip(SoundRow sound) {
        return origins.visible(sound.sourceAssetId(), Viewer.anonymous());
    }
}
