package io.flick.sound;


import io.flick.shared.Viewer;

/**
 * Whether a viewer may see the clip a sound came from (its source asset). The video module answers
 * with its visibility rule (privacy, follows, blocks); the sound library does not keep a copy of it.
 */
public interface SoundOrigins {

    /** @param viewer empty for an anonymous visitor */
    boolean visible(long sourceAssetId, Viewer viewer);
}
