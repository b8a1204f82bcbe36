package io.flick.media;

import io.flick.shared.UploadId;
import io.flick.shared.UserId;

/** An upload as other modules see it. */
public record UploadState(UploadId uploadId, UserId owner, Status status, long receivedBytes, long declaredSize) {

    public enum Status {
        PENDING, RECEIVING, RECEIVED, CLAIMED, TERMINATED, EXPIRED
    }
}
