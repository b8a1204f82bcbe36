package io.flick.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** Each kind of seeding failure an installation meets is named with what the operator can do. */
class DemoFailureTests {

    @Test
    void aMissingSystemLibraryNamesTheLibraryAndHowToGetIt() {
        var failure = DemoFailure.of(new IllegalStateException("ffmpeg could not generate clip-3.mp4 (exit 127: /opt/ffmpeg:"
                + " error while loading shared libraries: libpulse.so.0: cannot open shared object file: No such file or directory)"));
        assertThat(failure.reason()).isEqualTo("ffmpeg cannot run: the system library libpulse.so.0 is missing");
        assertThat(failure.fix()).contains("install the package that provides libpulse.so.0").contains("FLICK_MEDIA_FFMPEG_PATH");
        assertThat(failure.line()).isEqualTo(failure.reason() + " — " + failure.fix());
    }

    @Test
    void anFfmpegThatCannotStartOrLacksAFilterPointsAtTheSetting() {
        assertThat(DemoFailure.of(new IllegalStateException("ffmpeg could not generate clip-0.mp4 (exit 126)")).fix())
                .startsWith("set FLICK_MEDIA_FFMPEG_PATH to an ffmpeg that runs");
        var filter = DemoFailure.of(new IllegalStateException("ffmpeg could not generate clip-0.mp4 (exit 8:"
                + " [AVFilterGraph @ 0x55] No such filter: 'drawtext')"));
        assertThat(filter.reason()).startsWith("this ffmpeg cannot draw the demo clips");
        assertThat(filter.fix()).contains("unset FLICK_MEDIA_FFMPEG_PATH").contains("FLICK_DEMO_ENABLED=false");
    }

    @Test
    void aFullDiskAndAnythingElseSayWhatToDo() {
        assertThat(DemoFailure.of(new IOException("write failed", new IOException("No space left on device"))).line())
                .startsWith("the disk is full — free space under FLICK_DATA_DIR");
        assertThat(DemoFailure.of(new IllegalStateException("storage refused the clip")).line())
                .isEqualTo("storage refused the clip — see the error above; the server works without the demo catalogue"
                        + " (FLICK_DEMO_ENABLED=false skips it)");
    }
}
