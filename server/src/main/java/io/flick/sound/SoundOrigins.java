package io.flick.sound;

import java.util.Optional;

import io.flick.shared.UserId;

/**
 * Whether a viewer may see the clip a sound came from (its source asset). The video module answers
 * with its visibility rule (privacy, follows, blocks); the sound library does not keep a copy of it.
 */
public interface SoundOrigins {

    /** @param viewer empty for an anonymous visitor */
    boolean visible(long sourceAssetId, Optional<UserId> viewer);
}
