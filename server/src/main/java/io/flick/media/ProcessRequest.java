package io.flick.media;

import java.util.Optional;

import io.flick.shared.UploadId;
import io.flick.shared.UserId;

/**
 * Turn an upload into a playable asset.
 *
 * @param assetId              chosen by the caller (a video uses its own id), so a retry names the same asset
 * @param publicAsset          whether anyone may fetch the results without a signed URL
 * @param replacementAudioFrom an asset whose audio track replaces this clip's own (reusing a sound)
 * @param coverSeconds         the moment of the clip its thumbnails show (null: the default); checked by
 *                             {@link MediaProcessing#process}, and clamped into the clip once its real
 *                             length is known
 */
public record ProcessRequest(long assetId, UploadId upload, UserId owner, boolean publicAsset,
                             Optional<Long> replacementAudioFrom, Double coverSeconds) {

    /** With the default cover. */
    public ProcessRequest(long assetId, UploadId upload, UserId owner, boolean publicAsset,
                          Optional<Long> replacementAudioFrom) {
        this(assetId, upload, owner, publicAsset, replacementAudioFrom, null);
    }
}
