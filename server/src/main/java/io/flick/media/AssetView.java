package io.flick.media;

import java.time.Instant;
import java.util.List;

/**
 * The state of an asset: where processing is, and what is ready. {@code renditions} are the
 * finished rungs, lowest first; an asset is playable as soon as there is one.
 * {@code estimatedCompletion} is given for one asset's read ({@code MediaProcessing.asset}) while it
 * is unfinished, never in the bulk read for cards ({@code MediaProcessing.assets}). {@code coverVersion}
 * names the thumbnails' files (a new cover has new addresses).
 */
public record AssetView(long assetId, boolean publicAsset, Status status, String failureReason, double progress, Double durationSeconds,
                        Integer width, Integer height, List<Rendition> renditions, boolean hasAudioTrack,
                        Instant estimatedCompletion, int coverVersion) {

    public enum Status {
        QUEUED, PROCESSING, PLAYABLE, READY, FAILED;

        public boolean playable() {
            return this == PLAYABLE || this == READY;
        }
    }

    public record Rendition(String name, int width, int height, int bandwidth) {
    }
}
