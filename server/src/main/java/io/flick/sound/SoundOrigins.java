package io.flick.sound;

import java.util.Collection;
import java.util.Set;

import io.flick.shared.Viewer;

/**
 * Whether a viewer may see the clip a sound came from (its source asset). The video module answers
 * with its visibility rule (privacy, follows, blocks); the sound library does not keep a copy of it.
 */
public interface SoundOrigins {

    /** @param viewer empty for an anonymous visitor */
    boolean visible(long sourceAssetId, Viewer viewer);

    /** Of the source assets, those whose clip the viewer may see, in a fixed number of queries. */
    Set<Long> visibleAmong(Collection<Long> sourceAssetIds, Viewer viewer);
}
