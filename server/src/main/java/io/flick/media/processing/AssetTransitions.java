package io.flick.media.processing;

import static io.flick.media.AssetView.Status.FAILED;
import static io.flick.media.AssetView.Status.PLAYABLE;
import static io.flick.media.AssetView.Status.PROCESSING;
import static io.flick.media.AssetView.Status.QUEUED;
import static io.flick.media.AssetView.Status.READY;

import io.flick.media.AssetView.Status;
import io.flick.shared.Transitions;

/**
 * How an asset's status may change: {@code queued} until a worker starts it ({@code processing}),
 * {@code playable} once its first rung is ready, then {@code ready} with every rung, or {@code failed}.
 * A retry after a crash may finish or fail an asset from any unfinished status; {@code ready} and
 * {@code failed} are final.
 */
final class AssetTransitions {

    static final Transitions<Status> ALLOWED = Transitions.of(Status.class)
            .to(PROCESSING, QUEUED)
            .to(PLAYABLE, QUEUED, PROCESSING)
            .to(READY, QUEUED, PROCESSING, PLAYABLE)
            .to(FAILED, QUEUED, PROCESSING, PLAYABLE);

    /** Statuses of an asset whose job is not finished: those it can still become ready from. */
    static String unfinished(String column) {
        return ALLOWED.guard(column, READY);
    }

    private AssetTransitions() {
    }
}
