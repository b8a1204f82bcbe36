package io.flick.media.ffmpeg;

import static io.flick.media.ffmpeg.ProbeParserTests.golden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MediaLimitsTests {

    private final MediaLimits limits = MediaLimits.defaults();

    @Test
    void ordinaryClipsPass() {
        for (String name : new String[] {"portrait_h264_aac", "rotated_phone", "landscape_ntsc_stereo", "hevc_surround",
                "vp9_opus", "truncated_faststart"}) {
            assertThat(limits.validate(golden(name))).as(name).isEmpty();
        }
    }

    @Test
    void filesWithoutAVideoAreNotAVideo() {
        for (String name : new String[] {"audio_only", "audio_with_cover", "png_renamed", "png_without_whitelist",
                "zip_renamed", "truncated", "empty"}) {
            assertThat(limits.validate(golden(name))).as(name).contains(FailureReason.NOT_A_VIDEO);
        }
    }

    @Test
    void enormousDimensionsAreTooLarge() {
        assertThat(limits.validate(golden("huge_8000"))).contains(FailureReason.TOO_LARGE);
        assertThat(limits.validate(clip(4096, 2304, 10))).isEmpty();
        assertThat(limits.validate(clip(4098, 2304, 10))).contains(FailureReason.TOO_LARGE);
    }

    @Test
    void durationsOutsideTheLimitsAreRefused() {
        assertThat(limits.validate(clip(1080, 1920, 60.4))).isEmpty();
        assertThat(limits.validate(clip(1080, 1920, 61))).contains(FailureReason.TOO_LONG);
        assertThat(limits.validate(clip(1080, 1920, 0.9))).contains(FailureReason.TOO_SHORT);
        assertThat(new MediaLimits(0.5, 600, 8192).validate(clip(1080, 1920, 0.9))).isEmpty();
    }

    @Test
    void tinyPicturesAreNotAVideo() {
        assertThat(limits.validate(clip(8, 8, 5))).contains(FailureReason.NOT_A_VIDEO);
    }

    @Test
    void reasonCodesAreSnakeCase() {
        assertThat(FailureReason.NOT_A_VIDEO.code()).isEqualTo("not_a_video");
        assertThat(FailureReason.ENCODER_FAILED.code()).isEqualTo("encoder_failed");
    }

    private static ProbeResult clip(int width, int height, double seconds) {
        return new ProbeResult(seconds, "mov,mp4,m4a,3gp,3g2,mj2", Optional.of(new VideoStream("h264", width, height, 30, 0)),
                Optional.empty());
    }
}
