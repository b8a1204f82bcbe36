package io.flick.media.ffmpeg;

import static io.flick.media.ffmpeg.TestFfmpeg.joined;
import static io.flick.media.ffmpeg.TestFfmpeg.keyframeTimes;
import static io.flick.media.ffmpeg.TestFfmpeg.make;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plans the encoder runs. What a plan is made of (its rungs, stills and audio file, one decode
 * per run, every input read through the input policy, every output inside the folder) is checked on
 * the plan; what it does to the picture and the sound is checked on what the bundled ffmpeg encodes
 * from it, on clips of a second or two (the whole pipeline on a larger clip: {@link TranscoderTests}).
 */
class EncodeCommandsTests {

    private static final Path SOURCE = Path.of("/uploads/clip.mp4");
    private static final Path OUT = Path.of("/media/out");
    private static final ProbeResult PORTRAIT = new ProbeResult(12.5, "mov,mp4,m4a,3gp,3g2,mj2",
            Optional.of(new VideoStream("h264", 1080, 1920, 30, 0)), Optional.of(new AudioStream("aac", 44100, 2)));

    private final EncodeCommands commands = new EncodeCommands(new EncodeSettings("veryfast", 2));

    @Test
    void firstPassPlansTheLowestRungTheStillsAndTheAudio() {
        EncodePlan plan = commands.firstPass(request(PORTRAIT, Optional.empty()));

        assertThat(plan.rungs()).extracting(Rung::name).containsExactly("360p");
        assertThat(plan.thumbnails()).containsExactly(new Thumbnail(OUT.resolve("thumb_large.jpg"), 540, 960),
                new Thumbnail(OUT.resolve("thumb_small.jpg"), 270, 480));
        assertThat(plan.audio()).contains(OUT.resolve("audio.m4a"));
        assertThat(plan.arguments()).filteredOn(argument -> argument.equals("-i")).hasSize(1);
    }

    @Test
    void everyInputIsReadThroughTheInputPolicy() {
        var request = request(PORTRAIT, Optional.of(Path.of("/sounds/song.m4a")));
        for (EncodePlan plan : List.of(commands.firstPass(request), commands.ladder(request), commands.rawLadder(request))) {
            List<String> arguments = plan.arguments();
            for (int i = arguments.indexOf("-i"); i >= 0; i = next(arguments, "-i", i)) {
                assertThat(arguments.subList(i - 4, i)).as(arguments.get(i + 1))
                        .containsExactly("-protocol_whitelist", "file", "-format_whitelist", InputPolicy.FORMATS);
            }
        }
    }

    @Test
    void aCappedRequestEncodesNoMoreOfTheSourceThanTheCap(@TempDir Path directory) {
        Path source = TestFfmpeg.clip(directory, "three-seconds.mp4", 180, 320, 15, 3, 440);
        var capped = new EncodeRequest(source, probe(source), Optional.empty(), new OutputLayout(directory.resolve("out")), 1.5);

        EncodePlan plan = encoded(commands.firstPass(capped), capped);

        Path playlist = capped.output().playlist(plan.rungs().getFirst());
        assertThat(MediaPlaylist.read(playlist).segments()).extracting(MediaPlaylist.Segment::durationSeconds)
                .satisfiesExactly(only -> assertThat(only).isCloseTo(1.5, within(0.1)));
        assertThat(probe(plan.audio().orElseThrow()).durationSeconds()).isCloseTo(1.5, within(0.1));
    }

    @Test
    void ladderPlansEveryOtherRungFromOneDecodeAndNoStills() {
        EncodePlan plan = commands.ladder(request(PORTRAIT, Optional.empty()));

        assertThat(plan.rungs()).extracting(Rung::name, Rung::width, Rung::height)
                .containsExactly(tuple("480p", 480, 854), tuple("720p", 720, 1280), tuple("1080p", 1080, 1920));
        assertThat(plan.arguments()).filteredOn(argument -> argument.equals("-i")).hasSize(1);
        assertThat(plan.thumbnails()).isEmpty();
        assertThat(plan.audio()).isEmpty();
    }

    @Test
    void rawLadderDoesEverythingInOneCommand() {
        EncodePlan plan = commands.rawLadder(request(PORTRAIT, Optional.empty()));

        assertThat(plan.rungs()).extracting(Rung::name).containsExactly("360p", "480p", "720p", "1080p");
        assertThat(plan.arguments()).filteredOn(argument -> argument.equals("-i")).hasSize(1);
        assertThat(plan.thumbnails()).hasSize(2);
        assertThat(plan.audio()).isPresent();
    }

    @Test
    void aShortClipsStillIsTakenFromItsMiddle(@TempDir Path directory) throws IOException {
        // Red, then blue from 0.6 s to 0.9 s, then red: only a still from the middle (0.75 s) is blue.
        Path source = make(directory, "short.mp4", "-f", "lavfi", "-i", "color=c=red:s=180x320:r=15:d=0.6",
                "-f", "lavfi", "-i", "color=c=blue:s=180x320:r=15:d=0.3", "-f", "lavfi", "-i", "color=c=red:s=180x320:r=15:d=0.6",
                "-filter_complex", "[0:v][1:v][2:v]concat=n=3:v=1:a=0,format=yuv420p[v]", "-map", "[v]",
                "-c:v", "libx264", "-preset", "ultrafast");
        var request = new EncodeRequest(source, probe(source), Optional.empty(), new OutputLayout(directory.resolve("out")));

        EncodePlan plan = encoded(commands.firstPass(request), request);

        assertThat(plan.thumbnails()).isNotEmpty();
        for (Thumbnail thumbnail : plan.thumbnails()) {
            BufferedImage still = ImageIO.read(thumbnail.file().toFile());
            assertThat(still.getWidth()).isEqualTo(thumbnail.width());
            assertThat(still.getHeight()).isEqualTo(thumbnail.height());
            Color centre = new Color(still.getRGB(still.getWidth() / 2, still.getHeight() / 2));
            assertThat(centre.getBlue()).as(thumbnail.toString()).isGreaterThan(200);
            assertThat(centre.getRed()).as(thumbnail.toString()).isLessThan(60);
        }
    }

    @Test
    void highFrameRatesAreHalvedToSixtyAndKeyframesStayTwoSecondsApart(@TempDir Path directory) {
        Path source = TestFfmpeg.clip(directory, "fast.mp4", 180, 320, 120, 2.5, 440);
        ProbeResult probed = probe(source);
        assertThat(probed.video().orElseThrow().fps()).isEqualTo(120);
        var request = new EncodeRequest(source, probed, Optional.empty(), new OutputLayout(directory.resolve("out")));

        EncodePlan plan = encoded(commands.firstPass(request), request);

        Path playlist = request.output().playlist(plan.rungs().getFirst());
        assertThat(MediaPlaylist.read(playlist).segments()).extracting(MediaPlaylist.Segment::durationSeconds)
                .satisfiesExactly(first -> assertThat(first).isCloseTo(2, within(0.01)),
                        last -> assertThat(last).isCloseTo(0.5, within(0.05)));
        Path media = joined(playlist, directory.resolve("joined.mp4"));
        ProbeResult encoded = probe(media);
        assertThat(encoded.video()).hasValueSatisfying(video -> {
            assertThat(video.fps()).isEqualTo(60);
            assertThat(video.displayWidth()).isEqualTo(180);
            assertThat(video.displayHeight()).isEqualTo(320);
        });
        assertThat(encoded.audio()).contains(new AudioStream("aac", 48000, 2));
        assertThat(keyframeTimes(media)).containsExactly(0.0, 2.0);
    }

    @Test
    void smallSourcesHaveNothingLeftForTheLadder() {
        var small = new ProbeResult(3, "mov,mp4,m4a,3gp,3g2,mj2", Optional.of(new VideoStream("h264", 180, 320, 15, 0)),
                PORTRAIT.audio());

        assertThat(commands.ladder(request(small, Optional.empty())).arguments()).isEmpty();
        assertThat(commands.firstPass(request(small, Optional.empty())).thumbnails())
                .extracting(Thumbnail::width, Thumbnail::height).containsOnly(tuple(180, 320));
    }

    @Test
    void everyFileWrittenIsInsideTheOutputFolder() {
        var request = request(PORTRAIT, Optional.of(Path.of("/sounds/song.m4a")));
        for (EncodePlan plan : List.of(commands.firstPass(request), commands.ladder(request), commands.rawLadder(request))) {
            List<String> paths = plan.arguments().stream().filter(argument -> argument.startsWith("/")).toList();
            assertThat(paths).filteredOn(path -> !path.startsWith("/media/out/"))
                    .containsOnly("/uploads/clip.mp4", "/sounds/song.m4a");
        }
    }

    @Test
    void aSourceWhereTheOutputGoesIsRefused() {
        var inside = new EncodeRequest(OUT.resolve("360p/clip.mp4"), PORTRAIT, Optional.empty(), new OutputLayout(OUT));
        var asAudio = new EncodeRequest(OUT.resolve("audio.m4a"), PORTRAIT, Optional.empty(), new OutputLayout(OUT));

        assertThatThrownBy(() -> commands.firstPass(inside)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> commands.rawLadder(asAudio)).isInstanceOf(IllegalArgumentException.class);
        assertThat(commands.ladder(new EncodeRequest(OUT.resolve("source.mp4"), PORTRAIT, Optional.empty(),
                new OutputLayout(OUT))).rungs()).hasSize(3);
    }

    @Test
    void commandLinesQuoteWhatAShellWouldSplit() {
        var plan = new EncodePlan(List.of("-i", "/a b.mp4", "-vf", "scale=2:2", "expr:gte(t,n_forced*2)"), List.of(),
                List.of(), Optional.empty());

        assertThat(plan.commandLine("ffmpeg")).isEqualTo("ffmpeg -i '/a b.mp4' -vf scale=2:2 'expr:gte(t,n_forced*2)'");
    }

    private static EncodeRequest request(ProbeResult probe, Optional<Path> sound) {
        return new EncodeRequest(SOURCE, probe, sound, new OutputLayout(OUT));
    }

    /** Runs the plan with the bundled ffmpeg and returns it; its files are then in the request's output folder. */
    private static EncodePlan encoded(EncodePlan plan, EncodeRequest request) {
        try {
            for (Rung rung : plan.rungs()) {
                Files.createDirectories(request.output().rungDirectory(rung)); // ffmpeg makes no folders
            }
            OptionalInt exit = new FfmpegRunner(TestFfmpeg.BINARY, TestFfmpeg.LAUNCHER)
                    .run(plan.arguments(), request.output().root(), Duration.ofSeconds(60), line -> { }, line -> { });
            assertThat(exit).as(plan.commandLine("ffmpeg")).hasValue(0);
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProbeResult probe(Path file) {
        return new MediaProbe(TestFfmpeg.BINARY, TestFfmpeg.LAUNCHER).probe(file);
    }

    @Test
    void theStillIsAtTheCoverTimeKeptHalfASecondClearOfTheClaimedEnd() {
        assertThat(EncodeCommands.stillTime(10, null)).isEqualTo(1);
        assertThat(EncodeCommands.stillTime(1.5, null)).isEqualTo(0.75);
        assertThat(EncodeCommands.stillTime(10, 3.25)).isEqualTo(3.25);
        assertThat(EncodeCommands.stillTime(10, 0.0)).isEqualTo(0);
        assertThat(EncodeCommands.stillTime(10, 9.9)).isEqualTo(9.5);
        assertThat(EncodeCommands.stillTime(10, 60.0)).isEqualTo(9.5);
        assertThat(EncodeCommands.stillTime(0.6, 5.0)).isEqualTo(0.3);
    }

    private static int next(List<String> arguments, String option, int after) {
        int index = arguments.subList(after + 1, arguments.size()).indexOf(option);
        return index < 0 ? -1 : after + 1 + index;
    }
}
