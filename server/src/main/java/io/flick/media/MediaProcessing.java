package io.flick.media;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.media.UploadState.Status;
import io.flick.media.processing.AssetKeys;
import io.flick.media.processing.Assets;
import io.flick.media.processing.AssetRow;
import io.flick.media.processing.EncodeEstimates;
import io.flick.media.processing.TranscodeQueue;
import io.flick.media.upload.Uploads;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;

/** Turns uploads into assets and tells what became of them. */
@Service
public class MediaProcessing {

    private final Uploads uploads;
    private final io.flick.platform.BlobStorage storage;
    private final Assets assets;
    private final TranscodeQueue queue;
    private final EncodeEstimates estimates;
    private final Clock clock;
    private final UploadSettings uploadSettings;
    private final io.flick.media.ffmpeg.MediaSettings clips;

    MediaProcessing(Uploads uploads, io.flick.platform.BlobStorage storage, Assets assets,
                    TranscodeQueue queue, EncodeEstimates estimates, Clock clock, UploadSettings uploadSettings,
                    io.flick.media.ffmpeg.MediaSettings clips) {
        this.uploads = uploads;
        this.storage = storage;
        this.assets = assets;
        this.queue = queue;
        this.estimates = estimates;
        this.clock = clock;
        this.uploadSettings = uploadSettings;
        this.clips = clips;
    }

    /**
     * Claims the upload and queues its processing, inside the caller's transaction: if the caller
     * rolls back, no job exists. Repeating the call for the same asset changes nothing.
     */
    @Transactional
    public void process(ProcessRequest request) {
        var existing = assets.find(request.assetId());
        if (existing.isPresent()) {
            return;
        }
        checkCover(request.coverSeconds());
        var upload = uploads.find(request.upload()).filter(u -> u.owner().equals(request.owner()))
                .orElseThrow(() -> new FlickException(MediaProblem.UPLOAD_NOT_FOUND, "There is no such upload."));
        if (upload.expired(clock.instant())) {
            throw new FlickException(MediaProblem.UPLOAD_EXPIRED, "This upload has expired. Start a new one.");
        }
        if (upload.status() == Status.PENDING) {
            // With S3 the client PUT straight into the bucket: the object's presence is the receipt.
            storage.stat(upload.sourceKey()).filter(blob -> blob.length() > 0 && blob.length() <= upload.declaredSize())
                    .ifPresent(blob -> uploads.received(upload.id(), blob.length(), clock.instant(),
                            clock.instant().plus(uploadSettings.ttl())));
        }
        if (!uploads.transition(upload.id(), Status.CLAIMED)) {
            throw new FlickException(upload.status() == Status.CLAIMED ? Problem.CONFLICT : MediaProblem.UPLOAD_INCOMPLETE,
                    upload.status() == Status.CLAIMED ? "This upload was already used for another video."
                            : "The upload has not finished yet. Send all of the file first.");
        }
        String audio = request.replacementAudioFrom().map(asset -> AssetKeys.of(asset, AssetKeys.AUDIO)).orElse(null);
        assets.add(request.assetId(), request.owner(), request.upload(), request.publicAsset(), audio,
                request.coverSeconds(), clock.instant());
        queue.enqueue(request.assetId(), request.owner());
    }

    /**
     * A cover time must be a moment a clip can have: 0 to the longest clip accepted. Whether it is
     * within this clip is only known once the file is probed; the encode clamps it there (a
     * declared duration is only a claim).
     */
    private void checkCover(Double seconds) {
        long longest = clips.maxDuration().toSeconds();
        if (seconds != null && !(seconds >= 0 && seconds <= longest)) {
            throw FlickException.invalidField("cover_time", "range",
                    "must be a number of seconds from 0 to " + longest + ", within the clip");
        }
    }

    public Optional<AssetView> asset(long assetId) {
        return assets.find(assetId).map(this::view);
    }

    /** One query for many assets (cards of a page). */
    public Map<Long, AssetView> assets(Collection<Long> assetIds) {
        Map<Long, AssetView> views = new HashMap<>();
        // Without the estimate: it costs two queries per unfinished asset, and the cards these views
        // are for never show it (a feed of freshly published videos would pay them per card).
        assets.find(assetIds).forEach((id, row) -> views.put(id, view(row, null)));
        return views;
    }

    /**
     * Public assets are served to anyone at plain, cacheable URLs; the others only through signed
     * URLs. From the commit on, the plain URLs of an asset made non-public answer 404 and its cards
     * carry signed links (a CDN may still hold copies it cached until they are purged).
     */
    public void visibility(long assetId, boolean publicAsset) {
        visibility(java.util.List.of(assetId), publicAsset);
    }

    /** The same for many assets at once (an account's videos when it turns private or public). */
    public void visibility(Collection<Long> assetIds, boolean publicAsset) {
        if (!assetIds.isEmpty()) {
            assets.visibility(assetIds, publicAsset);
        }
    }

    /**
     * A new cover time for an asset, in the caller's transaction: checked as an upload's is (400 on
     * {@code cover_time}), and a durable job makes the thumbnails at that moment from the uploaded
     * source once the asset is playable. Until then cards show the previous cover.
     */
    @Transactional
    public void cover(long assetId, double seconds) {
        checkCover(seconds);
        assets.cover(assetId, seconds);
        queue.enqueueCover(assetId);
    }

    /**
     * Removes an asset, in the caller's transaction: from the commit on it is served to nobody and
     * read by nothing, and a durable job deletes its files (renditions, thumbnails, audio, the
     * uploaded source) and then its row. Removing an unknown or removed asset changes nothing.
     */
    @Transactional
    public void remove(long assetId) {
        if (assets.markRemoved(assetId, clock.instant())) {
            queue.enqueueRemoval(assetId);
        }
    }

    private AssetView view(AssetRow row) {
        boolean finished = row.status() == AssetView.Status.READY || row.status() == AssetView.Status.FAILED;
        return view(row, finished ? null : estimates.completion(row));
    }

    private AssetView view(AssetRow row, Instant eta) {
        return new AssetView(row.id(), row.publicAsset(), row.status(), row.failureReason(), row.progress(), row.durationSeconds(),
                row.width(), row.height(),
                row.renditions().stream().map(r -> new AssetView.Rendition(r.name(), r.width(), r.height(), r.bandwidth()))
                        .toList(),
                Boolean.TRUE.equals(row.hasAudioTrack()), eta, row.coverVersion());
    }
}
