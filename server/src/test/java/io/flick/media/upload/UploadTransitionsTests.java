package io.flick.media.upload;

import static io.flick.media.UploadState.Status.CLAIMED;
import static io.flick.media.UploadState.Status.EXPIRED;
import static io.flick.media.UploadState.Status.PENDING;
import static io.flick.media.UploadState.Status.RECEIVED;
import static io.flick.media.UploadState.Status.RECEIVING;
import static io.flick.media.UploadState.Status.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import io.flick.media.UploadState.Status;

/** Which way an upload's status may move; the guarded updates of {@link Uploads} read the same table. */
class UploadTransitionsTests {

    @Test
    void onlyAnUploadStillWaitingForItsFileCanReceiveIt() {
        assertThat(UploadTransitions.ALLOWED.from(RECEIVED)).containsExactlyInAnyOrder(PENDING, RECEIVING);
    }

    @Test
    void onlyAReceivedUploadCanBeClaimedByAVideo() {
        assertThat(UploadTransitions.ALLOWED.from(CLAIMED)).containsExactly(RECEIVED);
    }

    @Test
    void theOwnerCanTerminateAnUploadUntilItIsClaimed() {
        assertThat(UploadTransitions.ALLOWED.from(TERMINATED)).containsExactlyInAnyOrder(PENDING, RECEIVED);
        assertThat(UploadTransitions.ALLOWED.allows(CLAIMED, TERMINATED)).isFalse();
    }

    @Test
    void unfinishedAndUnusedUploadsExpireButAClaimedOneNever() {
        assertThat(UploadTransitions.ALLOWED.from(EXPIRED)).containsExactlyInAnyOrder(PENDING, RECEIVING, RECEIVED);
    }

    @Test
    void claimedTerminatedAndExpiredAreFinal() {
        for (Status last : EnumSet.of(CLAIMED, TERMINATED, EXPIRED)) {
            for (Status next : Status.values()) {
                assertThat(UploadTransitions.ALLOWED.allows(last, next)).as(last + " → " + next).isFalse();
            }
        }
    }

    @Test
    void nothingLeadsBackToPendingOrToTheLegacyReceiving() {
        assertThat(UploadTransitions.ALLOWED.from(PENDING)).isEmpty();
        assertThat(UploadTransitions.ALLOWED.from(RECEIVING)).isEmpty();
    }

    @Test
    void theGuardOfReceivingNamesTheStoredStatusesItComesFrom() {
        assertThat(UploadTransitions.ALLOWED.guard("status", RECEIVED)).isEqualTo("status IN ('pending', 'receiving')");
    }
}
