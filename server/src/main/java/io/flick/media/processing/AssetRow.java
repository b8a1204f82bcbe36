package io.flick.media.processing;

import java.time.Instant;
import java.util.List;

import io.flick.media.AssetView;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;

/** One row of {@code media.assets} with its finished renditions. */
public record AssetRow(long id, UserId owner, UploadId upload, AssetView.Status status, String failureReason,
                       boolean publicAsset, String replacementAudioKey, Double durationSeconds, Integer width,
                       Integer height, double progress, Boolean hasAudioTrack, int attempts, Instant queuedAt,
                       Instant startedAt, Instant playableAt, Instant finishedAt, Double coverSeconds,
                       int coverVersion, List<RenditionRow> renditions) {

    AssetRow withRenditions(List<RenditionRow> renditions) {
        return new AssetRow(id, owner, upload, status, failureReason, publicAsset, replacementAudioKey, durationSeconds,
                width, height, progress, hasAudioTrack, attempts, queuedAt, startedAt, playableAt, finishedAt,
                coverSeconds, coverVersion, List.copyOf(renditions));
    }
}
