package io.flick.media.ffmpeg;

import static io.flick.media.ffmpeg.TestFfmpeg.clip;
import static io.flick.media.ffmpeg.TestFfmpeg.make;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probing freshly made files with the real bundled ffmpeg. */
class MediaProbeTests {

    @TempDir
    static Path directory;
    static Path portrait;

    private final MediaProbe probe = new MediaProbe(TestFfmpeg.BINARY, TestFfmpeg.LAUNCHER);

    @BeforeAll
    static void makeClip() {
        portrait = clip(directory, "portrait.mp4", 180, 320, 15, 2, 440);
    }

    @Test
    void probeReadsAGeneratedPortraitClip() {
        ProbeResult result = probe.probe(portrait);

        assertThat(result.durationSeconds()).isCloseTo(2, within(0.05));
        assertThat(result.video()).contains(new VideoStream("h264", 180, 320, 15, 0));
        assertThat(result.audio()).contains(new AudioStream("aac", 44100, 1));
        assertThat(probe.decodes(portrait)).isTrue();
    }

    @Test
    void probeReadsTheRotationOfAPhoneClip() {
        Path landscape = clip(directory, "stored-landscape.mp4", 320, 180, 15, 1, 0);
        Path rotated = make(directory, "rotated.mp4", "-display_rotation", "-90", "-i", landscape.toString(), "-c", "copy");

        VideoStream video = probe.probe(rotated).video().orElseThrow();

        assertThat(video.rotation()).isEqualTo(-90);
        assertThat(video.displayWidth()).isEqualTo(180);
        assertThat(video.displayHeight()).isEqualTo(320);
    }

    @Test
    void probeOfFilesThatAreNoVideoRecognisesNoVideo() throws IOException {
        Path empty = Files.createFile(directory.resolve("empty.mp4"));
        Path text = Files.writeString(directory.resolve("notes.mp4"), "#EXTM3U\n#EXTINF:1,\nfile:///etc/passwd\n");
        Path picture = make(directory, "picture.png", "-f", "lavfi", "-i", "testsrc2=s=64x64", "-frames:v", "1");
        Path renamedPicture = Files.copy(picture, directory.resolve("picture.mp4"));
        Path sound = TestFfmpeg.tone(directory, "sound.m4a", 440, 1);

        for (Path file : new Path[] {empty, text, renamedPicture}) {
            assertThat(probe.probe(file)).as(file.toString()).isEqualTo(ProbeResult.unrecognised());
            assertThat(probe.decodes(file)).as(file.toString()).isFalse();
        }
        assertThat(probe.probe(sound).video()).isEmpty();
        assertThat(probe.probe(sound).audio()).isPresent();
    }

    @Test
    void decodingFailsForAFileCutAfterItsHeaders() throws IOException {
        Path whole = make(directory, "faststart.mp4", "-i", portrait.toString(), "-c", "copy", "-movflags", "+faststart");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(directory.resolve("cut.mp4"), Arrays.copyOf(bytes, bytes.length / 3));

        assertThat(probe.probe(cut).video()).isPresent();
        assertThat(probe.decodes(cut)).isFalse();
    }

    @Test
    void fileNamesThatLookLikeOptionsOrProtocolsAreJustFiles() throws IOException {
        Path dashed = Files.copy(portrait, directory.resolve("-y.mp4"));
        Path colon = Files.copy(portrait, directory.resolve("concat:x.mp4"));

        assertThat(probe.probe(dashed).video()).isPresent();
        assertThat(probe.probe(colon).video()).isPresent();
    }
}
