package io.flick.media.ffmpeg;

import static io.flick.media.ffmpeg.TestFfmpeg.clip;
import static io.flick.media.ffmpeg.TestFfmpeg.make;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.flick.support.Matroska;

/** Files that are no acceptable clip end in a reason code: never another exception, never a hang. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTests {

    @TempDir
    static Path directory;
    static Path clip;

    private final Transcoder transcoder = new Transcoder(TestFfmpeg.BINARY, TestFfmpeg.LAUNCHER,
            new EncodeSettings("veryfast", 2), MediaLimits.defaults(), Duration.ofMinutes(1));

    @BeforeAll
    static void makeClip() {
        clip = clip(directory, "clip.mp4", 180, 320, 15, 3, 440);
    }

    @Test
    void hostileFilesEndInTheirReasonCodes() throws IOException {
        Map<Path, FailureReason> expected = new LinkedHashMap<>();
        expected.put(Files.createFile(directory.resolve("empty.mp4")), FailureReason.NOT_A_VIDEO);
        expected.put(random(directory.resolve("noise.mp4"), 50_000), FailureReason.NOT_A_VIDEO);
        expected.put(zip(directory.resolve("archive.mp4")), FailureReason.NOT_A_VIDEO);
        Path png = make(directory, "picture.png", "-f", "lavfi", "-i", "testsrc2=s=64x64", "-frames:v", "1");
        expected.put(Files.copy(png, directory.resolve("picture.mp4")), FailureReason.NOT_A_VIDEO);
        expected.put(TestFfmpeg.tone(directory, "song.m4a", 440, 2), FailureReason.NOT_A_VIDEO);
        expected.put(Files.writeString(directory.resolve("playlist.mp4"), "#EXTM3U\n#EXTINF:2,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n"),
                FailureReason.NOT_A_VIDEO);
        expected.put(cut(clip, directory.resolve("no-index.mp4"), 2), FailureReason.NOT_A_VIDEO); // its moov box was at the end
        Path faststart = make(directory, "faststart.mp4", "-i", clip.toString(), "-c", "copy", "-movflags", "+faststart");
        expected.put(cut(faststart, directory.resolve("cut.mp4"), 3), FailureReason.UNDECODABLE);
        expected.put(make(directory, "wide.mp4", "-f", "lavfi", "-i", "color=s=4160x64:r=15:d=1.5", "-c:v", "libx264",
                "-preset", "ultrafast"), FailureReason.TOO_LARGE);
        expected.put(make(directory, "huge.mp4", "-f", "lavfi", "-i", "color=s=8000x8000:r=10:d=0.1", "-frames:v", "1",
                "-c:v", "mjpeg"), FailureReason.TOO_LARGE);
        expected.put(make(directory, "strip.mp4", "-f", "lavfi", "-i", "color=s=4096x16:r=5:d=1.5", "-c:v", "libx264",
                "-preset", "ultrafast"), FailureReason.EXTREME_ASPECT_RATIO);
        expected.put(clip(directory, "long.mp4", 32, 32, 1, 62, 0), FailureReason.TOO_LONG);
        expected.put(clip(directory, "short.mp4", 180, 320, 15, 0.5, 440), FailureReason.TOO_SHORT);

        expected.forEach((file, reason) -> assertThat(catchThrowable(() -> transcoder.probe(file))).as(file.toString())
                .isInstanceOfSatisfying(TranscodeException.class, e -> assertThat(e.reason()).isEqualTo(reason)));
    }

    @Test
    void aContainerClaimingLessThanItHoldsIsDecodedOnlyToTheLimitAndIsTooLong() throws IOException {
        Path honest = make(directory, "two-minutes.mkv", "-f", "lavfi", "-i", "testsrc2=s=32x32:r=1:d=120",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p");
        Path lying = Files.write(directory.resolve("claims-ten.mkv"),
                Matroska.claimingDuration(Files.readAllBytes(honest), 120, 10));
        ProbeResult probe = transcoder.probe(lying);
        assertThat(probe.durationSeconds()).isEqualTo(10); // the probe believes the header
        Path out = directory.resolve("claims-ten-out");

        assertThatThrownBy(() -> transcoder.firstPass(lying, out, probe, Optional.empty(), p -> { }))
                .isInstanceOfSatisfying(TranscodeException.class, e -> assertThat(e.reason()).isEqualTo(FailureReason.TOO_LONG));
        // The encoder stopped a little after the limit, not at the end of the two minutes.
        MediaPlaylist written = MediaPlaylist.read(out.resolve("32p/index.m3u8"));
        assertThat(written.durationSeconds()).isBetween(60.5, 62.0);
    }

    @Test
    void anFfmpegThatCannotRunIsNeverTheFilesFault() throws IOException {
        Path broken = Files.writeString(directory.resolve("broken-ffmpeg"), """
                #!/bin/sh
                echo "$0: error while loading shared libraries: libpulse.so.0: cannot open shared object file" >&2
                exit 127
                """);
        Files.setPosixFilePermissions(broken, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        var withoutFfmpeg = new Transcoder(FfmpegBinary.configuredOrBundled(broken), TestFfmpeg.LAUNCHER,
                new EncodeSettings("veryfast", 1), MediaLimits.defaults(), Duration.ofMinutes(1));

        assertThatThrownBy(() -> withoutFfmpeg.probe(clip)).isInstanceOf(FfmpegUnavailable.class)
                .hasMessageContaining("exit 127").hasMessageContaining("libpulse.so.0");
        var missing = new Transcoder(FfmpegBinary.configuredOrBundled(directory.resolve("no-such-ffmpeg")), TestFfmpeg.LAUNCHER,
                new EncodeSettings("veryfast", 1), MediaLimits.defaults(), Duration.ofMinutes(1));
        assertThatThrownBy(() -> missing.probe(clip)).isInstanceOf(FfmpegUnavailable.class);
    }

    @Test
    void aFileWhosePicturesStopHalfWayIsUndecodable() throws IOException {
        Path longer = clip(directory, "six.mp4", 180, 320, 15, 6, 440);
        Path faststart = make(directory, "six-faststart.mp4", "-i", longer.toString(), "-c", "copy", "-movflags", "+faststart");
        byte[] bytes = Files.readAllBytes(faststart);
        Path cut = Files.write(directory.resolve("six-cut.mp4"), Arrays.copyOf(bytes, bytes.length * 6 / 10));
        ProbeResult probe = transcoder.probe(cut); // headers and the first seconds are intact

        assertThatThrownBy(() -> transcoder.firstPass(cut, directory.resolve("six-out"), probe, Optional.empty(), p -> { }))
                .isInstanceOfSatisfying(TranscodeException.class, e -> assertThat(e.reason()).isEqualTo(FailureReason.UNDECODABLE));
    }

    @Test
    void anEncodeOverItsTimeIsKilled() {
        var impatient = new Transcoder(TestFfmpeg.BINARY, TestFfmpeg.LAUNCHER, new EncodeSettings("veryfast", 1),
                MediaLimits.defaults(), Duration.ofMillis(1));
        ProbeResult probe = transcoder.probe(clip);

        assertThatThrownBy(() -> impatient.firstPass(clip, directory.resolve("slow-out"), probe, Optional.empty(), p -> { }))
                .isInstanceOfSatisfying(TranscodeException.class, e -> assertThat(e.reason()).isEqualTo(FailureReason.TIMEOUT));
    }

    @Test
    void anEncoderFailureSaysWhatFfmpegSaid() {
        Path mute = clip(directory, "mute.mp4", 180, 320, 15, 1, 0); // "sound" without an audio stream
        ProbeResult probe = transcoder.probe(clip);

        assertThatThrownBy(() -> transcoder.firstPass(clip, directory.resolve("failed-out"), probe, Optional.of(mute), p -> { }))
                .isInstanceOfSatisfying(TranscodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FailureReason.ENCODER_FAILED);
                    assertThat(e.getMessage()).contains("exited with");
                });
    }

    @Test
    void anInterruptedEncodeIsCancelledAndKeepsTheInterrupt() {
        ProbeResult probe = transcoder.probe(clip);

        Thread.currentThread().interrupt();
        Throwable thrown = catchThrowable(() -> transcoder.firstPass(clip, directory.resolve("cancelled-out"), probe,
                Optional.empty(), p -> { }));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(thrown).isInstanceOfSatisfying(TranscodeException.class,
                e -> assertThat(e.reason()).isEqualTo(FailureReason.CANCELLED));
    }

    @Test
    void aProbeThatFailsValidationIsRefusedByTheEncodersToo() {
        var audioOnly = new ProbeResult(3, "mov,mp4,m4a,3gp,3g2,mj2", Optional.empty(), Optional.of(new AudioStream("aac", 44100, 2)));

        assertThatThrownBy(() -> transcoder.ladder(clip, directory.resolve("x"), audioOnly, Optional.empty(), p -> { }))
                .isInstanceOfSatisfying(TranscodeException.class, e -> assertThat(e.reason()).isEqualTo(FailureReason.NOT_A_VIDEO));
    }

    private static Path cut(Path file, Path target, int divisor) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Files.write(target, Arrays.copyOf(bytes, bytes.length / divisor));
    }

    private static Path random(Path target, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return Files.write(target, bytes);
    }

    private static Path zip(Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("clip.mp4"));
            zip.write(Files.readAllBytes(clip));
            zip.closeEntry();
        }
        return target;
    }
}
