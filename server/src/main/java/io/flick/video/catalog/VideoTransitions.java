package io.flick.video.catalog;

import static io.flick.video.catalog.VideoRow.Status.FAILED;
import static io.flick.video.catalog.VideoRow.Status.PROCESSING;
import static io.flick.video.catalog.VideoRow.Status.PUBLISHED;

import io.flick.shared.Transitions;
import io.flick.video.catalog.VideoRow.Status;

/**
 * How a video's status may change: {@code processing} while its asset is encoded, then
 * {@code published} once it is playable, or {@code failed}; both are final.
 */
final class VideoTransitions {

    static final Transitions<Status> ALLOWED = Transitions.of(Status.class)
            .to(PUBLISHED, PROCESSING)
            .to(FAILED, PROCESSING);

    private VideoTransitions() {
    }
}
