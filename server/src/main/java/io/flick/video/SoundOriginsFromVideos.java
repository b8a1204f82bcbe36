package io.flick.video;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.sound.SoundOrigins;

/** A sound's original clip is the video whose asset it came from ({@link VideoId#ofAsset}). */
@Component
class SoundOriginsFromVideos implements SoundOrigins {

    private final VideoVisibility visibility;

    SoundOriginsFromVideos(VideoVisibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public boolean visible(long sourceAssetId, Viewer viewer) {
        return visibility.visible(VideoId.ofAsset(sourceAssetId), viewer);
    }

    @Override
    public Set<Long> visibleAmong(Collection<Long> sourceAssetIds, Viewer viewer) {
        return visibility.visibleAmong(sourceAssetIds.stream().map(VideoId::ofAsset).toList(), viewer).stream()
                .map(VideoId::assetId).collect(Collectors.toSet());
    }
}
