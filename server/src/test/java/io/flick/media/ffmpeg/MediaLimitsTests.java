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
    void picturesFlatterOrThinnerThanFourToOneAreRefused() {
        assertThat(limits.validate(clip(4096, 16, 10))).contains(FailureReason.EXTREME_ASPECT_RATIO);
        assertThat(limits.validate(clip(16, 4096, 10))).contains(FailureReason.EXTREME_ASPECT_RATIO);
        assertThat(limits.validate(clip(1440, 360, 10))).isEmpty();
        assertThat(limits.validate(clip(3840, 1080, 10))).isEmpty(); // 32:9
        assertThat(limits.validate(clip(1442, 360, 10))).contains(FailureReason.EXTREME_ASPECT_RATIO);
    }

    @Test
    void clipsCostingMoreThanTheEncodeBudgetAreTooComplex() {
        assertThat(limits.validate(clip(4096, 4096, 20))).contains(FailureReason.TOO_COMPLEX);
        assertThat(limits.validate(clip(1080, 1920, 60))).isEmpty();
        assertThat(limits.validate(clip(1440, 2560, 60))).isEmpty();
        assertThat(limits.validate(clip(2160, 3840, 30))).isEmpty();
        assertThat(limits.validate(clip(2160, 3840, 31))).contains(FailureReason.TOO_COMPLEX);
        // Frame rates above 60 count in proportion: 240 fps is four times the work.
        assertThat(limits.validate(withFps(clip(1080, 1920, 60), 60))).isEmpty();
        assertThat(limits.validate(withFps(clip(1080, 1920, 60), 240))).contains(FailureReason.TOO_COMPLEX);
    }

    @Test
    void theEncodeReadsALittleMoreThanIsAllowedAndWhatItDecodedIsJudged() {
        ProbeResult claimsTen = clip(1080, 1920, 10);
        assertThat(limits.decodeCapSeconds(claimsTen)).isEqualTo(61.5);
        assertThat(limits.validateDecoded(claimsTen, 10.1)).isEmpty();
        assertThat(limits.validateDecoded(claimsTen, 60.4)).isEmpty();
        assertThat(limits.validateDecoded(claimsTen, 61.5)).contains(FailureReason.TOO_LONG);
        // 4096x4096 claiming 10 s fits the budget (168); what it may decode is what the budget allows.
        ProbeResult square = clip(4096, 4096, 10);
        assertThat(limits.validate(square)).isEmpty();
        assertThat(limits.decodeCapSeconds(square)).isCloseTo(15.9, org.assertj.core.api.Assertions.within(0.1));
        assertThat(limits.validateDecoded(square, 15.9)).contains(FailureReason.TOO_COMPLEX);
    }

    @Test
    void reasonCodesAreSnakeCase() {
        assertThat(FailureReason.NOT_A_VIDEO.code()).isEqualTo("not_a_video");
        assertThat(FailureReason.ENCODER_FAILED.code()).isEqualTo("encoder_failed");
        assertThat(FailureReason.EXTREME_ASPECT_RATIO.code()).isEqualTo("extreme_aspect_ratio");
        assertThat(FailureReason.TOO_COMPLEX.code()).isEqualTo("too_complex");
    }

    private static ProbeResult clip(int width, int height, double seconds) {
        return new ProbeResult(seconds, "mov,mp4,m4a,3gp,3g2,mj2", Optional.of(new VideoStream("h264", width, height, 30, 0)),
                Optional.empty());
    }

    private static ProbeResult withFps(ProbeResult probe, double fps) {
        VideoStream video = probe.video().orElseThrow();
        return new ProbeResult(probe.durationSeconds(), probe.container(),
                Optional.of(new VideoStream(video.codec(), video.width(), video.height(), fps, 0)), probe.audio());
    }
}
