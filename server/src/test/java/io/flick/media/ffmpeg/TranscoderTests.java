package io.flick.media.ffmpeg;

import static io.flick.media.ffmpeg.TestFfmpeg.clip;
import static io.flick.media.ffmpeg.TestFfmpeg.joined;
import static io.flick.media.ffmpeg.TestFfmpeg.keyframeTimes;
import static io.flick.media.ffmpeg.TestFfmpeg.make;
import static io.flick.media.ffmpeg.TestFfmpeg.tone;
import static io.flick.media.ffmpeg.TestFfmpeg.toneHz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on real clips with the real bundled ffmpeg. One 3-second 720x1280 clip (15 fps, a
 * hard cut at 1.3 s) goes through the first pass and the ladder once; the tests look at the result.
 */
class TranscoderTests {

    @TempDir
    static Path directory;
    static Path tall;
    static Path small;
    static Path out;
    static ProbeResult tallProbe;
    static TranscodeResult firstPass;
    static TranscodeResult ladder;
    static final List<Progress> progress = Collections.synchronizedList(new ArrayList<>());

    static final Transcoder transcoder = new Transcoder(TestFfmpeg.BINARY, TestFfmpeg.LAUNCHER,
            new EncodeSettings("veryfast", 2), MediaLimits.defaults(), Duration.ofMinutes(2));
    private final MediaProbe probe = new MediaProbe(TestFfmpeg.BINARY, TestFfmpeg.LAUNCHER);

    @BeforeAll
    static void encodeTheTallClip() {
        // x264 starts a keyframe at this hard cut (checked by hand) unless scene-cut detection is off.
        tall = make(directory, "tall.mp4", "-f", "lavfi", "-i", "testsrc2=s=720x1280:r=15:d=1.3",
                "-f", "lavfi", "-i", "rgbtestsrc=s=720x1280:r=15:d=1.7", "-f", "lavfi", "-i", "sine=f=440:d=3",
                "-filter_complex", "[0:v]format=yuv420p[a];[1:v]format=yuv420p[b];[a][b]concat=n=2:v=1:a=0[v]",
                "-map", "[v]", "-map", "2:a",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac");
        small = clip(directory, "small.mp4", 180, 320, 15, 3, 440);
        out = directory.resolve("tall-out");
        tallProbe = transcoder.probe(tall);
        firstPass = transcoder.firstPass(tall, out, tallProbe, Optional.empty(), progress::add);
        ladder = transcoder.ladder(tall, out, tallProbe, Optional.empty(), event -> { });
    }

    @Test
    void firstPassProducesAPlayableLowestRung() {
        assertThat(firstPass.renditions()).extracting(r -> r.rung().name(), r -> r.rung().width(), r -> r.rung().height())
                .containsExactly(tuple("360p", 360, 640));
        Rendition lowest = firstPass.renditions().getFirst();
        MediaPlaylist playlist = MediaPlaylist.read(lowest.playlist());
        assertThat(playlist.segments()).extracting(MediaPlaylist.Segment::durationSeconds)
                .satisfiesExactly(first -> assertThat(first).isCloseTo(2, within(0.01)),
                        last -> assertThat(last).isCloseTo(1, within(0.1)));
        assertThat(playlist.initSegment()).contains(out.resolve("360p/init.mp4"));
        assertThat(lowest.playlist()).isEqualTo(out.resolve("360p/index.m3u8"));
        assertThat(lowest.uri()).isEqualTo("360p/index.m3u8");

        Path media = joined(lowest.playlist(), directory.resolve("360p-joined.mp4"));
        ProbeResult encoded = probe.probe(media);
        assertThat(encoded.video()).hasValueSatisfying(video -> {
            assertThat(video.codec()).isEqualTo("h264");
            assertThat(video.displayWidth()).isEqualTo(360);
            assertThat(video.displayHeight()).isEqualTo(640);
        });
        assertThat(encoded.audio()).contains(new AudioStream("aac", 48000, 2));
        assertThat(TestFfmpeg.decodesFully(media)).isTrue();
        assertThat(firstPass.durationSeconds()).isCloseTo(3, within(0.1));
    }

    @Test
    void keyframesAreExactlyAtSegmentStarts() {
        Rendition lowest = firstPass.renditions().getFirst();

        assertThat(keyframeTimes(joined(lowest.playlist(), directory.resolve("keyframes.mp4")))).containsExactly(0.0, 2.0);
        for (MediaPlaylist.Segment segment : MediaPlaylist.read(lowest.playlist()).segments()) {
            Path alone = directory.resolve("alone-" + segment.file().getFileName() + ".mp4");
            concat(alone, MediaPlaylist.read(lowest.playlist()).initSegment().orElseThrow(), segment.file());
            assertThat(keyframeTimes(alone)).as(segment.toString()).containsExactly(0.0);
        }
    }

    @Test
    void ladderAddsTheHigherRungsWithKeyframesAlignedToTheLowest() {
        assertThat(ladder.renditions()).extracting(r -> r.rung().name(), r -> r.rung().width(), r -> r.rung().height())
                .containsExactly(tuple("480p", 480, 854), tuple("720p", 720, 1280));
        assertThat(ladder.thumbnails()).isEmpty();
        assertThat(ladder.audio()).isEmpty();

        List<Double> lowestKeyframes = keyframeTimes(joined(firstPass.renditions().getFirst().playlist(),
                directory.resolve("aligned-360p.mp4")));
        for (Rendition rendition : ladder.renditions()) {
            Path media = joined(rendition.playlist(), directory.resolve("aligned-" + rendition.rung().name() + ".mp4"));
            assertThat(keyframeTimes(media)).as(rendition.rung().name()).isEqualTo(lowestKeyframes);
            assertThat(probe.probe(media).video()).hasValueSatisfying(video -> assertThat(video.width())
                    .isEqualTo(rendition.rung().width()));
            assertThat(MediaPlaylist.read(rendition.playlist()).segments()).extracting(MediaPlaylist.Segment::durationSeconds)
                    .isEqualTo(MediaPlaylist.read(firstPass.renditions().getFirst().playlist()).segments().stream()
                            .map(MediaPlaylist.Segment::durationSeconds).toList());
        }
    }

    @Test
    void renditionsAdvertiseMeasuredBandwidthAndTheCodecsActuallyEncoded() throws IOException {
        for (Rendition rendition : all()) {
            assertThat(rendition.codecs()).matches("avc1\\.64[0-9a-f]{4},mp4a\\.40\\.2");
            int level = HexFormat.fromHexDigits(rendition.codecs().substring(9, 11));
            Path media = joined(rendition.playlist(), directory.resolve("level-" + rendition.rung().name() + ".mp4"));
            assertThat(level).as(rendition.rung().name()).isEqualTo(TestFfmpeg.spsLevel(media));

            long largestSegment = 0;
            for (MediaPlaylist.Segment segment : MediaPlaylist.read(rendition.playlist()).segments()) {
                largestSegment = Math.max(largestSegment, Files.size(segment.file()));
            }
            assertThat(rendition.bandwidth()).isGreaterThanOrEqualTo(rendition.averageBandwidth())
                    .isGreaterThanOrEqualTo(largestSegment * 8 / 2);
            assertThat(rendition.averageBandwidth()).isPositive();
        }
    }

    @Test
    void theMasterPlaylistOfFinishedRungsPointsAtThem() throws IOException {
        var layout = new OutputLayout(out);
        MasterPlaylist.write(layout, firstPass.renditions());
        assertThat(MasterPlaylistTests.variants(Files.readAllLines(layout.masterPlaylist()))).hasSize(1);

        MasterPlaylist.write(layout, all());

        var variants = MasterPlaylistTests.variants(Files.readAllLines(layout.masterPlaylist()));
        assertThat(variants).extracting(variant -> variant.get("RESOLUTION")).containsExactly("360x640", "480x854", "720x1280");
        for (var variant : variants) {
            assertThat(out.resolve(variant.get("URI"))).isRegularFile();
            assertThat(variant.get("FRAME-RATE")).isEqualTo("15.000");
            assertThat(variant.get("CODECS")).startsWith("\"avc1.64").endsWith(",mp4a.40.2\"");
        }
    }

    @Test
    void firstPassWritesThumbnailsAtTheirPlannedSizes() throws IOException {
        assertThat(firstPass.thumbnails()).extracting(Thumbnail::file, Thumbnail::width, Thumbnail::height)
                .containsExactly(tuple(out.resolve("thumb_large.jpg"), 540, 960), tuple(out.resolve("thumb_small.jpg"), 270, 480));
        for (Thumbnail thumbnail : firstPass.thumbnails()) {
            BufferedImage image = ImageIO.read(thumbnail.file().toFile());
            assertThat(image).as(thumbnail.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(thumbnail.width());
            assertThat(image.getHeight()).isEqualTo(thumbnail.height());
        }
    }

    @Test
    void firstPassExtractsTheAudioTrack() {
        Path audio = firstPass.audio().orElseThrow();

        ProbeResult track = probe.probe(audio);
        assertThat(audio).isEqualTo(out.resolve("audio.m4a"));
        assertThat(track.video()).isEmpty();
        assertThat(track.audio()).contains(new AudioStream("aac", 44100, 1)); // copied as it was
        assertThat(track.durationSeconds()).isCloseTo(3, within(0.1));
        assertThat(toneHz(audio)).isCloseTo(440, within(25.0));
    }

    @Test
    void progressIsReportedUpToTheEnd() {
        assertThat(progress).isNotEmpty();
        assertThat(progress.getLast().finished()).isTrue();
        assertThat(progress.getLast().fraction()).isEqualTo(1);
        assertThat(progress).extracting(Progress::fraction).isSorted();
    }

    @Test
    void rawLadderProducesEverythingInOneRunWithTheSameSchedule() {
        Path rawOut = directory.resolve("raw-out");

        TranscodeResult raw = transcoder.rawLadder(tall, rawOut, tallProbe, Optional.empty(), event -> { });

        assertThat(raw.renditions()).extracting(r -> r.rung().name()).containsExactly("360p", "480p", "720p");
        assertThat(raw.thumbnails()).hasSize(2).allSatisfy(thumbnail -> assertThat(thumbnail.file()).isRegularFile());
        assertThat(raw.audio()).contains(rawOut.resolve("audio.m4a"));
        for (Rendition rendition : raw.renditions()) {
            assertThat(keyframeTimes(joined(rendition.playlist(), directory.resolve("raw-" + rendition.rung().name() + ".mp4"))))
                    .containsExactly(0.0, 2.0);
        }
    }

    @Test
    void aReplacementSoundIsLoopedIntoTheRenditionsAndTheAudioTrack() {
        Path sound = tone(directory, "sound-1s.m4a", 1000, 1);
        Path soundOut = directory.resolve("sound-out");
        ProbeResult clip = transcoder.probe(small);

        TranscodeResult result = transcoder.firstPass(small, soundOut, clip, Optional.of(sound), event -> { });

        Path rendition = joined(result.renditions().getFirst().playlist(), directory.resolve("sound-rendition.mp4"));
        assertThat(toneHz(small)).isCloseTo(440, within(25.0));
        assertThat(toneHz(rendition)).isCloseTo(1000, within(25.0));
        assertThat(probe.probe(rendition).durationSeconds()).isCloseTo(3, within(0.2)); // three loops of one second
        Path audio = result.audio().orElseThrow();
        assertThat(toneHz(audio)).isCloseTo(1000, within(25.0));
        assertThat(probe.probe(audio).durationSeconds()).isCloseTo(3, within(0.1));
    }

    @Test
    void aLongerReplacementSoundIsCutToTheClip() {
        Path sound = tone(directory, "sound-5s.m4a", 1000, 5);
        ProbeResult clip = transcoder.probe(small);

        TranscodeResult result = transcoder.firstPass(small, directory.resolve("long-sound-out"), clip, Optional.of(sound),
                event -> { });

        assertThat(probe.probe(result.audio().orElseThrow()).durationSeconds()).isCloseTo(3, within(0.1));
        Path rendition = joined(result.renditions().getFirst().playlist(), directory.resolve("long-sound.mp4"));
        assertThat(probe.probe(rendition).durationSeconds()).isCloseTo(3, within(0.2));
    }

    @Test
    void aClipWithoutSoundGetsSilentRenditionsAndNoAudioTrack() {
        Path silent = clip(directory, "silent.mp4", 180, 320, 15, 2, 0);
        Path silentOut = directory.resolve("silent-out");

        TranscodeResult result = transcoder.firstPass(silent, silentOut, transcoder.probe(silent), Optional.empty(), event -> { });

        assertThat(result.audio()).isEmpty();
        assertThat(silentOut.resolve("audio.m4a")).doesNotExist();
        Path rendition = joined(result.renditions().getFirst().playlist(), directory.resolve("silent-rendition.mp4"));
        assertThat(probe.probe(rendition).audio()).contains(new AudioStream("aac", 48000, 2));
        assertThat(result.renditions().getFirst().codecs()).endsWith(",mp4a.40.2");
    }

    @Test
    void aRotatedPhoneClipIsEncodedUpright() throws IOException {
        Path stored = clip(directory, "stored-landscape.mp4", 320, 180, 15, 2, 440);
        Path rotated = make(directory, "phone.mp4", "-display_rotation", "-90", "-i", stored.toString(), "-c", "copy");

        TranscodeResult result = transcoder.firstPass(rotated, directory.resolve("phone-out"), transcoder.probe(rotated),
                Optional.empty(), event -> { });

        assertThat(result.renditions()).extracting(r -> r.rung().name(), r -> r.rung().width(), r -> r.rung().height())
                .containsExactly(tuple("180p", 180, 320));
        VideoStream encoded = probe.probe(joined(result.renditions().getFirst().playlist(), directory.resolve("phone.mp4.joined.mp4")))
                .video().orElseThrow();
        assertThat(encoded.width()).isEqualTo(180);
        assertThat(encoded.height()).isEqualTo(320);
        assertThat(encoded.rotation()).isZero();
        BufferedImage still = ImageIO.read(result.thumbnails().getFirst().file().toFile());
        assertThat(still.getWidth()).isEqualTo(180);
        assertThat(still.getHeight()).isEqualTo(320);
    }

    @Test
    void aWebmClipWithOpusSoundGetsAacEverywhere() {
        Path webm = make(directory, "clip.webm", "-f", "lavfi", "-i", "testsrc2=s=180x320:r=15:d=2", "-f", "lavfi",
                "-i", "sine=f=440:d=2", "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "100k",
                "-c:a", "libopus", "-shortest");
        ProbeResult clip = transcoder.probe(webm);
        assertThat(clip.video().orElseThrow().codec()).isEqualTo("vp9");
        assertThat(clip.audio().orElseThrow().codec()).isEqualTo("opus");

        TranscodeResult result = transcoder.firstPass(webm, directory.resolve("webm-out"), clip, Optional.empty(), event -> { });

        assertThat(probe.probe(result.audio().orElseThrow()).audio()).hasValueSatisfying(
                audio -> assertThat(audio.codec()).isEqualTo("aac"));
        Path rendition = joined(result.renditions().getFirst().playlist(), directory.resolve("webm-rendition.mp4"));
        assertThat(probe.probe(rendition).video().orElseThrow().codec()).isEqualTo("h264");
        assertThat(toneHz(rendition)).isCloseTo(440, within(25.0));
    }

    private static List<Rendition> all() {
        var all = new ArrayList<>(firstPass.renditions());
        all.addAll(ladder.renditions());
        return all;
    }

    private static void concat(Path target, Path... parts) {
        try (var stream = Files.newOutputStream(target)) {
            for (Path part : parts) {
                Files.copy(part, stream);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
