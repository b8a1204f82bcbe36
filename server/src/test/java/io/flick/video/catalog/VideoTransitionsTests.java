package io.flick.video.catalog;

import static io.flick.video.catalog.VideoRow.Status.FAILED;
import static io.flick.video.catalog.VideoRow.Status.PROCESSING;
import static io.flick.video.catalog.VideoRow.Status.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.flick.video.catalog.VideoRow.Status;

/** Which way a video's status may move; the guarded updates of {@link Videos} read the same table. */
class VideoTransitionsTests {

    @Test
    void onlyAProcessingVideoIsPublishedOrFails() {
        assertThat(VideoTransitions.ALLOWED.from(PUBLISHED)).containsExactly(PROCESSING);
        assertThat(VideoTransitions.ALLOWED.from(FAILED)).containsExactly(PROCESSING);
    }

    @Test
    void publishedAndFailedAreFinal() {
        for (Status next : Status.values()) {
            assertThat(VideoTransitions.ALLOWED.allows(PUBLISHED, next)).as("published → " + next).isFalse();
            assertThat(VideoTransitions.ALLOWED.allows(FAILED, next)).as("failed → " + next).isFalse();
        }
    }

    @Test
    void nothingLeadsBackToProcessing() {
        assertThat(VideoTransitions.ALLOWED.from(PROCESSING)).isEmpty();
    }
}
