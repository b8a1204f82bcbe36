package io.flick.media.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.UploadDeclaration;
import io.flick.media.UploadState.Status;
import io.flick.shared.IdGenerator;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;
import io.flick.support.IntegrationTest;

/**
 * The guarded updates of {@link Uploads} against the real table: each moves an upload only
 * from a status {@link UploadTransitions} leads from, so a late or repeated request changes nothing.
 */
class UploadsTransitionTests extends IntegrationTest {

    @Autowired
    Uploads uploads;

    @Autowired
    IdGenerator ids;

    private UploadId open() {
        UploadId id = new UploadId(ids.next());
        Instant now = clock.instant();
        uploads.add(id, new UserId(ids.next()), "put", new UploadDeclaration(1000, 5.0, 720, 1280, 30.0),
                UploadKeys.source(id), now.plus(Duration.ofHours(1)), now);
        return id;
    }

    private Status status(UploadId id) {
        return uploads.find(id).orElseThrow().status();
    }

    private boolean receive(UploadId id) {
        Instant now = clock.instant();
        return uploads.received(id, 1000, now, now.plus(Duration.ofHours(1)));
    }

    @Test
    void aPendingUploadIsReceivedOnceAndThenClaimedOnce() {
        UploadId id = open();

        assertThat(receive(id)).isTrue();
        assertThat(receive(id)).isFalse();
        assertThat(uploads.transition(id, Status.CLAIMED)).isTrue();
        assertThat(uploads.transition(id, Status.CLAIMED)).isFalse();
        assertThat(status(id)).isEqualTo(Status.CLAIMED);
    }

    @Test
    void aTerminatedUploadIsNeverReceived() {
        UploadId id = open();

        assertThat(uploads.transition(id, Status.TERMINATED)).isTrue();

        assertThat(receive(id)).isFalse();
        assertThat(status(id)).isEqualTo(Status.TERMINATED);
    }

    @Test
    void aClaimedUploadCanNeitherBeTerminatedNorReceivedAgain() {
        UploadId id = open();
        receive(id);
        uploads.transition(id, Status.CLAIMED);

        assertThat(uploads.transition(id, Status.TERMINATED)).isFalse();
        assertThat(receive(id)).isFalse();
        assertThat(status(id)).isEqualTo(Status.CLAIMED);
    }

    @Test
    void aPendingUploadCannotBeClaimed() {
        UploadId id = open();

        assertThat(uploads.transition(id, Status.CLAIMED)).isFalse();
        assertThat(status(id)).isEqualTo(Status.PENDING);
    }
}
