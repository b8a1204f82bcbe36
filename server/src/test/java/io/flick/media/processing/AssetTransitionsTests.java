package io.flick.media.processing;

import static io.flick.media.AssetView.Status.FAILED;
import static io.flick.media.AssetView.Status.PLAYABLE;
import static io.flick.media.AssetView.Status.PROCESSING;
import static io.flick.media.AssetView.Status.QUEUED;
import static io.flick.media.AssetView.Status.READY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.flick.media.AssetView.Status;

/** Which way an asset's status may move; the guarded updates of {@link Assets} read the same table. */
class AssetTransitionsTests {

    @Test
    void aWorkerStartsOnlyAQueuedAsset() {
        assertThat(AssetTransitions.ALLOWED.from(PROCESSING)).containsExactly(QUEUED);
    }

    @Test
    void anAssetBecomesPlayableOnceBeforeItFinishes() {
        assertThat(AssetTransitions.ALLOWED.from(PLAYABLE)).containsExactlyInAnyOrder(QUEUED, PROCESSING);
        assertThat(AssetTransitions.ALLOWED.allows(PLAYABLE, PLAYABLE)).isFalse();
    }

    @Test
    void aRetryMayFinishOrFailAnAssetFromAnyUnfinishedStatus() {
        assertThat(AssetTransitions.ALLOWED.from(READY)).containsExactlyInAnyOrder(QUEUED, PROCESSING, PLAYABLE);
        assertThat(AssetTransitions.ALLOWED.from(FAILED)).containsExactlyInAnyOrder(QUEUED, PROCESSING, PLAYABLE);
    }

    @Test
    void readyAndFailedAreFinal() {
        for (Status next : Status.values()) {
            assertThat(AssetTransitions.ALLOWED.allows(READY, next)).as("ready → " + next).isFalse();
            assertThat(AssetTransitions.ALLOWED.allows(FAILED, next)).as("failed → " + next).isFalse();
        }
    }

    @Test
    void unfinishedJobsAreTheQueuedProcessingAndPlayableOnes() {
        assertThat(AssetTransitions.unfinished("status")).isEqualTo("status IN ('queued', 'processing', 'playable')");
    }
}
