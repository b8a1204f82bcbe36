package io.flick.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EncodeCommandsTests {

    private static final Path SOURCE = Path.of("/uploads/clip.mp4");
    private static final Path OUT = Path.of("/media/out");
    private static final ProbeResult PORTRAIT = new ProbeResult(12.5, "mov,mp4,m4a,3gp,3g2,mj2",
            Optional.of(new VideoStream("h264", 1080, 1920, 30, 0)), Optional.of(new AudioStream("aac", 44100, 2)));

    private final EncodeCommands commands = new EncodeCommands(new EncodeSettings("veryfast", 2));

    @Test
    void firstPassDecodesOnceIntoTheLowestRungTheStillsAndTheAudio() {
        EncodePlan plan = commands.firstPass(request(PORTRAIT, Optional.empty()));

        assertThat(plan.rungs()).extracting(Rung::name).containsExactly("360p");
        assertThat(plan.arguments()).containsSubsequence("-nostdin", "-y", "-hide_banner", "-loglevel", "error",
                "-progress", "pipe:1", "-nostats");
        assertThat(plan.arguments()).containsSubsequence("-protocol_whitelist", "file", "-format_whitelist",
                InputPolicy.FORMATS, "-i", "/uploads/clip.mp4");
        assertThat(after(plan, "-filter_complex")).isEqualTo("[0:V:0]split=2[s0][still]"
                + ";[s0]scale=360:640,setsar=1,format=yuv420p[v0]"
                + ";[still]trim=start=1.000,select=eq(n\\,0),split=2[large][small]"
                + ";[large]scale=540:960,setsar=1[thumb_large];[small]scale=270:480,setsar=1[thumb_small]");
        assertThat(plan.arguments()).containsSubsequence("-map", "[v0]", "-map", "0:a:0", "-c:v", "libx264",
                "-preset", "veryfast", "-profile:v", "high", "-pix_fmt", "yuv420p",
                "-b:v", "600k", "-maxrate", "900k", "-bufsize", "1200k",
                "-c:a", "aac", "-b:a", "96k", "-ac", "2", "-ar", "48000",
                "-f", "hls", "-hls_time", "2", "-hls_playlist_type", "vod", "-hls_flags", "independent_segments",
                "-hls_segment_type", "fmp4", "-hls_fmp4_init_filename", "init.mp4",
                "-hls_segment_filename", "/media/out/360p/seg_%03d.m4s", "/media/out/360p/index.m3u8");
        assertThat(plan.arguments()).containsSubsequence("-map", "[thumb_large]", "-frames:v", "1", "-c:v", "mjpeg",
                "/media/out/thumb_large.jpg");
        assertThat(plan.arguments()).containsSubsequence("-map", "0:a:0", "-c:a", "copy", "/media/out/audio.m4a");
        assertThat(plan.thumbnails()).containsExactly(new Thumbnail(OUT.resolve("thumb_large.jpg"), 540, 960),
                new Thumbnail(OUT.resolve("thumb_small.jpg"), 270, 480));
        assertThat(plan.audio()).contains(OUT.resolve("audio.m4a"));
    }

    @Test
    void aCappedRequestReadsNoMoreOfTheSourceThanTheCap() {
        var capped = new EncodeRequest(SOURCE, PORTRAIT, Optional.empty(), new OutputLayout(OUT), 61.5);

        for (EncodePlan plan : List.of(commands.firstPass(capped), commands.ladder(capped))) {
            // An input option of the source: before its -i, so it bounds the decode of every output.
            assertThat(plan.arguments()).containsSubsequence("-t", "61.500", "-protocol_whitelist", "file",
                    "-format_whitelist", InputPolicy.FORMATS, "-i", "/uploads/clip.mp4");
        }
        assertThat(commands.firstPass(request(PORTRAIT, Optional.empty())).arguments()).doesNotContain("61.500");
    }

    @Test
    void ladderSplitsOneDecodeIntoEveryOtherRung() {
        EncodePlan plan = commands.ladder(request(PORTRAIT, Optional.empty()));

        assertThat(plan.rungs()).extracting(Rung::name).containsExactly("480p", "720p", "1080p");
        assertThat(after(plan, "-filter_complex")).isEqualTo("[0:V:0]split=3[s0][s1][s2]"
                + ";[s0]scale=480:854,setsar=1,format=yuv420p[v0]"
                + ";[s1]scale=720:1280,setsar=1,format=yuv420p[v1]"
                + ";[s2]scale=1080:1920,setsar=1,format=yuv420p[v2]");
        assertThat(plan.arguments()).containsSubsequence("-map", "[v2]", "-map", "0:a:0", "-c:v", "libx264",
                "-b:v", "3000k", "-maxrate", "4500k", "-bufsize", "6000k", "-b:a", "128k", "/media/out/1080p/index.m3u8");
        assertThat(plan.arguments()).filteredOn(argument -> argument.equals("-i")).hasSize(1);
        assertThat(plan.thumbnails()).isEmpty();
        assertThat(plan.audio()).isEmpty();
        assertThat(String.join(" ", plan.arguments())).doesNotContain("thumb_", "audio.m4a");
    }

    @Test
    void rawLadderDoesEverythingInOneCommand() {
        EncodePlan plan = commands.rawLadder(request(PORTRAIT, Optional.empty()));

        assertThat(plan.rungs()).extracting(Rung::name).containsExactly("360p", "480p", "720p", "1080p");
        assertThat(after(plan, "-filter_complex")).startsWith("[0:V:0]split=5[s0][s1][s2][s3][still]");
        assertThat(plan.thumbnails()).hasSize(2);
        assertThat(plan.audio()).isPresent();
    }

    @Test
    void everyRenditionOfEveryCommandSharesTheKeyframeSchedule() {
        var request = request(PORTRAIT, Optional.empty());
        for (EncodePlan plan : List.of(commands.firstPass(request), commands.ladder(request), commands.rawLadder(request))) {
            assertThat(occurrences(plan, "-force_key_frames")).hasSize(plan.rungs().size())
                    .containsOnly("expr:gte(t,n_forced*2)");
            assertThat(occurrences(plan, "-sc_threshold")).hasSize(plan.rungs().size()).containsOnly("0");
            // x264's own interval (10 s at 30 fps) is beyond any 2 s segment: only forced keyframes occur.
            assertThat(occurrences(plan, "-g")).hasSize(plan.rungs().size()).containsOnly("300");
        }
    }

    @Test
    void aReplacementSoundIsLoopedAndCutToTheClipAndUsedEverywhere() {
        Path sound = Path.of("/sounds/song.m4a");
        var request = request(PORTRAIT, Optional.of(sound));

        EncodePlan first = commands.firstPass(request);
        EncodePlan ladder = commands.ladder(request);

        for (EncodePlan plan : List.of(first, ladder)) {
            assertThat(plan.arguments()).containsSubsequence("-stream_loop", "-1", "-t", "12.500",
                    "-protocol_whitelist", "file", "-format_whitelist", InputPolicy.FORMATS, "-i", "/sounds/song.m4a");
            assertThat(occurrences(plan, "-map")).doesNotContain("0:a:0").contains("1:a:0");
        }
        assertThat(first.arguments()).containsSubsequence("-map", "1:a:0", "-c:a", "aac", "-b:a", "128k",
                "/media/out/audio.m4a");
    }

    @Test
    void aSilentClipGetsASilentTrackInItsRenditionsAndNoAudioFile() {
        var silent = new ProbeResult(3, "mov,mp4,m4a,3gp,3g2,mj2", PORTRAIT.video(), Optional.empty());

        EncodePlan plan = commands.firstPass(request(silent, Optional.empty()));

        assertThat(plan.arguments()).containsSubsequence("-f", "lavfi", "-t", "3.000", "-i", "anullsrc=r=48000:cl=stereo");
        assertThat(plan.arguments()).containsSubsequence("-map", "[v0]", "-map", "1:a:0");
        assertThat(plan.audio()).isEmpty();
        assertThat(String.join(" ", plan.arguments())).doesNotContain("audio.m4a");
    }

    @Test
    void audioThatIsNotAacIsEncodedForTheAudioFile() {
        var opus = new ProbeResult(3, "matroska,webm", PORTRAIT.video(), Optional.of(new AudioStream("opus", 48000, 2)));

        EncodePlan plan = commands.firstPass(request(opus, Optional.empty()));

        assertThat(plan.arguments()).containsSubsequence("-map", "0:a:0", "-c:a", "aac", "-b:a", "128k",
                "/media/out/audio.m4a");
    }

    @Test
    void aShortClipsStillIsTakenFromItsMiddle() {
        var short1500 = new ProbeResult(1.5, "mov,mp4,m4a,3gp,3g2,mj2", PORTRAIT.video(), PORTRAIT.audio());

        assertThat(after(commands.firstPass(request(short1500, Optional.empty())), "-filter_complex"))
                .contains("trim=start=0.750,");
    }

    @Test
    void highFrameRatesAreReducedBeforeTheSplit() {
        var fast = new ProbeResult(3, "mov,mp4,m4a,3gp,3g2,mj2", Optional.of(new VideoStream("h264", 1080, 1920, 120, 0)),
                PORTRAIT.audio());

        EncodePlan plan = commands.ladder(request(fast, Optional.empty()));

        assertThat(after(plan, "-filter_complex")).startsWith("[0:V:0]fps=60,split=3");
        assertThat(occurrences(plan, "-g")).containsOnly("600");
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

    private static String after(EncodePlan plan, String option) {
        return plan.arguments().get(plan.arguments().indexOf(option) + 1);
    }

    private static List<String> occurrences(EncodePlan plan, String option) {
        var values = new ArrayList<String>();
        for (int i = 0; i < plan.arguments().size() - 1; i++) {
            if (plan.arguments().get(i).equals(option)) {
                values.add(plan.arguments().get(i + 1));
            }
        }
        return values;
    }
}
