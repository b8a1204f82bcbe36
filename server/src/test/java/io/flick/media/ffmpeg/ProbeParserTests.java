package io.flick.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The probe parser against real ffmpeg output (see {@code src/test/resources/ffmpeg/probe/README.md}). */
class ProbeParserTests {

    @Test
    void probeReadsAPortraitH264AacClip() {
        ProbeResult result = golden("portrait_h264_aac");

        assertThat(result.container()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
        assertThat(result.durationSeconds()).isEqualTo(3.0);
        assertThat(result.video()).contains(new VideoStream("h264", 180, 320, 15, 0));
        assertThat(result.audio()).contains(new AudioStream("aac", 44100, 1));
    }

    @Test
    void probeReportsTheDisplayedOrientationOfARotatedPhoneClip() {
        VideoStream video = golden("rotated_phone").video().orElseThrow();

        assertThat(video.width()).isEqualTo(320);
        assertThat(video.height()).isEqualTo(180);
        assertThat(video.rotation()).isEqualTo(-90);
        assertThat(video.displayWidth()).isEqualTo(180);
        assertThat(video.displayHeight()).isEqualTo(320);
    }

    @Test
    void probeReadsFractionalFrameRatesAndStereo() {
        ProbeResult result = golden("landscape_ntsc_stereo");

        assertThat(result.video().orElseThrow().fps()).isCloseTo(29.97, within(0.001));
        assertThat(result.audio()).contains(new AudioStream("aac", 48000, 2));
    }

    @Test
    void probeReadsHevcInMatroskaWithSurroundSound() {
        ProbeResult result = golden("hevc_surround");

        assertThat(result.container()).isEqualTo("matroska,webm");
        assertThat(result.durationSeconds()).isCloseTo(1.02, within(0.001));
        assertThat(result.video()).contains(new VideoStream("hevc", 180, 320, 25, 0));
        assertThat(result.audio()).contains(new AudioStream("aac", 44100, 6));
    }

    @Test
    void probeReadsVp9AndOpusInWebm() {
        ProbeResult result = golden("vp9_opus");

        assertThat(result.video()).contains(new VideoStream("vp9", 180, 320, 15, 0));
        assertThat(result.audio()).contains(new AudioStream("opus", 48000, 1));
    }

    @Test
    void probeReportsTheDeclaredSizeOfAnEnormousPicture() {
        ProbeResult result = golden("huge_8000");

        assertThat(result.video()).contains(new VideoStream("mjpeg", 8000, 8000, 10, 0));
        assertThat(result.durationSeconds()).isEqualTo(0.1);
    }

    @Test
    void probeRecognisesAudioOnlyFiles() {
        ProbeResult result = golden("audio_only");

        assertThat(result.recognised()).isTrue();
        assertThat(result.video()).isEmpty();
        assertThat(result.audio()).contains(new AudioStream("aac", 44100, 1));
    }

    @Test
    void probeIgnoresCoverPicturesOfAudioFiles() {
        ProbeResult result = golden("audio_with_cover");

        assertThat(result.video()).isEmpty();
        assertThat(result.audio()).isPresent();
    }

    @Test
    void probeSeesHeadersOfAFileTruncatedAfterThem() {
        ProbeResult result = golden("truncated_faststart");

        assertThat(result.video()).isPresent();
        assertThat(result.durationSeconds()).isEqualTo(3.0);
    }

    @Test
    void probeRecognisesNothingInFilesFfmpegCannotOpen() {
        for (String name : List.of("truncated", "empty", "zip_renamed", "png_renamed")) {
            assertThat(golden(name)).as(name).isEqualTo(ProbeResult.unrecognised());
        }
    }

    @Test
    void probeOfAPictureWithoutTheWhitelistHasNoDuration() {
        ProbeResult result = golden("png_without_whitelist");

        assertThat(result.container()).isEqualTo("png_pipe");
        assertThat(result.durationSeconds()).isZero();
        assertThat(result.video()).contains(new VideoStream("png", 64, 64, 25, 0));
    }

    @Test
    void probeStopsAtTheOutputSummary() {
        List<String> lines = List.of(
                "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'a.mp4':",
                "  Duration: 00:01:02.50, start: 0.000000, bitrate: 249 kb/s",
                "  Stream #0:0[0x1](und): Audio: mp3 (mp3float), 22050 Hz, 5.1(side), fltp, 69 kb/s (default)",
                "Output #0, mp4, to 'b.mp4':",
                "  Stream #0:0: Video: h264, yuv420p, 640x360, 30 fps, 30 tbr");

        ProbeResult result = ProbeParser.parse(lines);

        assertThat(result.durationSeconds()).isEqualTo(62.5);
        assertThat(result.video()).isEmpty();
        assertThat(result.audio()).contains(new AudioStream("mp3", 22050, 6));
    }

    @Test
    void probeUnderstandsTheRotateTagOfOlderFfmpegs() {
        // ffmpeg 5 and older also printed the rotation as a clockwise "rotate" tag.
        List<String> lines = List.of(
                "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'a.mp4':",
                "  Duration: 00:00:03.00, start: 0.000000, bitrate: 249 kb/s",
                "  Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 1920x1080, 30 fps, 30 tbr, 90k tbn (default)",
                "    Metadata:",
                "      rotate          : 90",
                "  Stream #0:1(und): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, stereo, fltp, 128 kb/s (default)");

        VideoStream video = ProbeParser.parse(lines).video().orElseThrow();

        assertThat(video.rotation()).isEqualTo(-90);
        assertThat(video.displayWidth()).isEqualTo(1080);
    }

    @Test
    void channelLayoutsAreCounted() {
        assertThat(ProbeParser.channels("mono")).isEqualTo(1);
        assertThat(ProbeParser.channels("stereo")).isEqualTo(2);
        assertThat(ProbeParser.channels("5.1(side)")).isEqualTo(6);
        assertThat(ProbeParser.channels("7.1")).isEqualTo(8);
        assertThat(ProbeParser.channels("3 channels")).isEqualTo(3);
        assertThat(ProbeParser.channels("something new")).isZero();
    }

    @Test
    void descriptionsSplitOnlyOnTopLevelCommas() {
        assertThat(ProbeParser.topLevelParts("h264 (High), yuv420p(tv, bt709, progressive), 1920x1080 [SAR 1:1 DAR 16:9], 30 fps"))
                .containsExactly("h264 (High)", "yuv420p(tv, bt709, progressive)", "1920x1080 [SAR 1:1 DAR 16:9]", "30 fps");
    }

    static ProbeResult golden(String name) {
        return ProbeParser.parse(goldenLines(name));
    }

    static List<String> goldenLines(String name) {
        try (InputStream in = ProbeParserTests.class.getResourceAsStream("/ffmpeg/probe/" + name + ".txt")) {
            return new String(Optional.ofNullable(in).orElseThrow().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
