package io.flick.media.upload;

import static io.flick.media.UploadState.Status.CLAIMED;
import static io.flick.media.UploadState.Status.EXPIRED;
import static io.flick.media.UploadState.Status.PENDING;
import static io.flick.media.UploadState.Status.RECEIVED;
import static io.flick.media.UploadState.Status.RECEIVING;
import static io.flick.media.UploadState.Status.TERMINATED;

import io.flick.media.UploadState.Status;
import io.flick.shared.Transitions;

/**
 * How an upload's status may change: {@code pending} (opened, waiting for bytes) until the whole file
 * is {@code received}, then {@code claimed} by a video; the owner may terminate it before it is
 * claimed, and one not finished or not used in time expires. {@code receiving} is a status older
 * versions left behind when they died during a direct PUT: nothing leads to it any more, and it is
 * as unfinished as {@code pending}. {@code claimed}, {@code terminated} and {@code expired} are final.
 */
final class UploadTransitions {

    static final Transitions<Status> ALLOWED = Transitions.of(Status.class)
            .to(RECEIVED, PENDING, RECEIVING)
            .to(CLAIMED, RECEIVED)
            .to(TERMINATED, PENDING, RECEIVED)
            .to(EXPIRED, PENDING, RECEIVING, RECEIVED);

    private UploadTransitions() {
    }

    /** Whether the upload still waits for its file. */
    static boolean awaitsBytes(Status status) {
        return ALLOWED.allows(status, RECEIVED);
    }

    /** Whether the upload is open, so its time can run out. */
    static boolean open(Status status) {
        return ALLOWED.allows(status, EXPIRED);
    }
}
