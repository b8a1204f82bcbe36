package io.flick.media.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.flick.media.ffmpeg.FfmpegBinary;
import io.flick.media.ffmpeg.MediaProbe;
import io.flick.media.ffmpeg.OsProcessLauncher;

/** Each generative picture, with a drawn title and generated music, made by the bundled ffmpeg. */
class GenerativeClipTests {

    private static final Tune TUNE = new Tune(220, Tune.MINOR, 4, List.of(0, 8, 3, 10), 1.5);
    private final SampleClips clips = new SampleClips(FfmpegBinary.bundled(), new OsProcessLauncher());
    private final MediaProbe probe = new MediaProbe(FfmpegBinary.bundled(), new OsProcessLauncher());

    @TempDir
    Path dir;

    static List<Visual> visuals() {
        return List.of(new Visual.Mandelbrot(-0.743643887037151, 0.13182590420533, 0.01, 30),
                new Visual.Life(7, "0xffd166", "0xef476f", "0x1b1b3a"),
                new Visual.Automaton(110, 3, "0xf15bb5", "0x1a1423"),
                new Visual.Gradients(11, "0xff5f6d", "0xffc371", "0x845ec2", "radial"),
                new Visual.Clouds(5, "magma"),
                new Visual.Swarm("#00f5d4"));
    }

    @ParameterizedTest
    @MethodSource("visuals")
    void everyVisualMakesAPortraitClipWithStereoMusic(Visual visual) {
        var clip = new GenerativeClip(visual, TUNE, "Two\nlines", 120, 214, 10, 1.5);
        Path file = clips.generate(clip, TitleFonts.find(Optional.empty()), dir.resolve("clip.mp4"));

        var result = probe.probe(file);
        assertThat(result.video()).hasValueSatisfying(video -> {
            assertThat(video.codec()).isEqualTo("h264");
            assertThat(video.width()).isEqualTo(120);
            assertThat(video.height()).isEqualTo(214);
        });
        assertThat(result.audio()).hasValueSatisfying(audio -> assertThat(audio.channels()).isEqualTo(2));
        assertThat(result.durationSeconds()).isBetween(1.3, 1.7);
        // The title's text and font copies are gone: only the clip is left.
        assertThat(dir.toFile().list()).containsExactly("clip.mp4");
    }

    @Test
    void withoutAFontTheClipIsMadeWithoutItsTitle() {
        var clip = new GenerativeClip(visuals().get(3), TUNE, "No font", 96, 160, 10, 1);
        Path file = clips.generate(clip, TitleFonts.find(Optional.of(dir.resolve("missing.ttf"))), dir.resolve("clip.mp4"));
        assertThat(probe.probe(file).video()).isPresent();
    }

    @Test
    void tunesThatDifferSoundDifferentAndNonsenseIsRefused() {
        var other = new Tune(261.63, Tune.MAJOR, 4, List.of(0, 7, 9, 5), 1.5);
        assertThat(TUNE.expression(6)).isNotEqualTo(other.expression(6)).contains("|");
        assertThatThrownBy(() -> new Tune(220, List.of(0, 4, 7), 4, List.of(0, 0, 0, 0), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GenerativeClip(visuals().get(0), TUNE, "", 121, 214, 10, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
