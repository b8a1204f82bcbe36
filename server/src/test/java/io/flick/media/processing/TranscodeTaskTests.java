package io.flick.media.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

import io.flick.media.ffmpeg.FailureReason;

/** The reason a job that ran out of attempts fails with names what failed (the retries themselves: TranscodeRetryTests). */
class TranscodeTaskTests {

    @Test
    void filesThatCouldNotBeReadOrWrittenAreAStorageFailure() {
        assertThat(TranscodeTask.givenUp(new UncheckedIOException("could not store blob v/1/360p/seg_000.m4s",
                new IOException("No space left on device")))).isEqualTo(FailureReason.STORAGE_FAILED);
        assertThat(TranscodeTask.givenUp(new IllegalStateException("wrapped", new NoSuchFileException("/data/work/1"))))
                .isEqualTo(FailureReason.STORAGE_FAILED);
    }

    @Test
    void anythingElseIsAnEncoderFailure() {
        assertThat(TranscodeTask.givenUp(new IllegalStateException("the encoder was killed"))).isEqualTo(FailureReason.ENCODER_FAILED);
        assertThat(TranscodeTask.givenUp(null)).isEqualTo(FailureReason.ENCODER_FAILED);
    }
}
