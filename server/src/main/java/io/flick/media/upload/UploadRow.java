package io.flick.media.upload;

import java.time.Instant;

import io.flick.media.UploadState;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;

/** One row of {@code media.uploads}. */
public record UploadRow(UploadId id, UserId owner, String transport, long declaredSize, UploadState.Status status,
                        long receivedBytes, String sourceKey, Instant expiresAt, Instant createdAt) {

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now) && status != UploadState.Status.CLAIMED && status != UploadState.Status.RECEIVED;
    }

    public UploadState state(Instant now) {
        return new UploadState(id, owner, expired(now) ? UploadState.Status.EXPIRED : status, receivedBytes, declaredSize);
    }
}
