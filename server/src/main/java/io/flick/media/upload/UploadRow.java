package io.flick.media.upload;

import java.time.Instant;

import io.flick.media.UploadState;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;

/** One row of {@code media.uploads}. */
public record UploadRow(UploadId id, UserId owner, String transport, long declaredSize, UploadState.Status status,
                        long receivedBytes, String sourceKey, Instant expiresAt, Instant createdAt) {

    /**
     * Whether the upload is past its time: unfinished uploads expire {@code ttl} after they were opened,
     * received ones {@code ttl} after their file arrived unless made into a video; a claimed one never.
     */
    public boolean expired(Instant now) {
        return status == UploadState.Status.EXPIRED || (!expiresAt.isAfter(now) && UploadTransitions.open(status));
    }

    public UploadState state(Instant now) {
        return new UploadState(id, owner, expired(now) ? UploadState.Status.EXPIRED : status, receivedBytes, declaredSize);
    }
}
