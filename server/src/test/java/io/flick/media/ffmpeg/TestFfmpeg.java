package io.flick.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real bundled ffmpeg, run through the real launcher: makes test clips and inspects outputs. */
final class TestFfmpeg {

    static final FfmpegBinary BINARY = FfmpegBinary.bundled();
    static final ProcessLauncher LAUNCHER = new OsProcessLauncher();
    private static final Pattern PTS_TIME = Pattern.compile("pts_time:(-?[0-9.]+)");
    private static final Pattern ZERO_CROSSINGS = Pattern.compile("Zero crossings rate: ([0-9.]+)");

    private TestFfmpeg() {
    }

    record Output(int exitCode, List<String> stdout, List<String> stderr) {
    }

    static Output run(Path directory, List<String> arguments) {
        List<String> stdout = Collections.synchronizedList(new ArrayList<>());
        List<String> stderr = Collections.synchronizedList(new ArrayList<>());
        var all = new ArrayList<>(List.of("-nostdin", "-hide_banner"));
        all.addAll(arguments);
        try {
            OptionalInt exit = LAUNCHER.start(BINARY.command(all, directory), stdout::add, stderr::add)
                    .waitFor(Duration.ofSeconds(60));
            assertThat(exit).as("ffmpeg %s ended in time", arguments).isPresent();
            return new Output(exit.getAsInt(), List.copyOf(stdout), List.copyOf(stderr));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code name} in {@code directory} with ffmpeg's {@code arguments} (inputs and codecs). */
    static Path make(Path directory, String name, String... arguments) {
        var all = new ArrayList<>(List.of("-loglevel", "error", "-y"));
        all.addAll(List.of(arguments));
        all.add(name);
        Output output = run(directory, all);
        assertThat(output.exitCode()).as("making %s: %s", name, output.stderr()).isZero();
        return directory.resolve(name);
    }

    /** An H.264 + AAC test pattern with a sine tone, or without sound when {@code toneHz} is 0. */
    static Path clip(Path directory, String name, int width, int height, int fps, double seconds, int toneHz) {
        var arguments = new ArrayList<>(List.of("-f", "lavfi", "-i",
                "testsrc2=s=" + width + "x" + height + ":r=" + fps + ":d=" + seconds));
        if (toneHz > 0) {
            arguments.addAll(List.of("-f", "lavfi", "-i", "sine=f=" + toneHz + ":d=" + seconds, "-c:a", "aac", "-shortest"));
        }
        arguments.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"));
        return make(directory, name, arguments.toArray(String[]::new));
    }

    /** A sine tone as AAC in M4A: a "sound" to reuse. */
    static Path tone(Path directory, String name, int hz, double seconds) {
        return make(directory, name, "-f", "lavfi", "-i", "sine=f=" + hz + ":d=" + seconds, "-c:a", "aac");
    }

    /** Concatenates a rendition's init segment and segments into one MP4 file, which is valid fMP4. */
    static Path joined(Path playlist, Path target) {
        MediaPlaylist media = MediaPlaylist.read(playlist);
        try (OutputStream out = Files.newOutputStream(target)) {
            Files.copy(media.initSegment().orElseThrow(), out);
            for (MediaPlaylist.Segment segment : media.segments()) {
                Files.copy(segment.file(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Presentation times of the keyframes of the first video stream, from the first one. */
    static List<Double> keyframeTimes(Path media) {
        Output output = run(media.getParent(), List.of("-skip_frame", "nokey", "-i", media.toString(),
                "-map", "0:v:0", "-vf", "showinfo", "-f", "null", "-"));
        var times = new ArrayList<Double>();
        for (String line : output.stderr()) {
            Matcher matcher = PTS_TIME.matcher(line);
            if (line.contains("Parsed_showinfo") && matcher.find()) {
                times.add(Double.parseDouble(matcher.group(1)));
            }
        }
        double first = times.isEmpty() ? 0 : times.getFirst();
        return times.stream().map(time -> Math.round((time - first) * 1000) / 1000.0).toList();
    }

    /** The pitch of a sine track, from its zero-crossing rate (two crossings per period). */
    static double toneHz(Path media) {
        Output output = run(media.getParent(), List.of("-i", media.toString(), "-map", "0:a:0", "-af",
                // astats counts crossings per sample: resample to a known rate first.
                "aresample=48000,astats=metadata=0", "-f", "null", "-"));
        for (String line : output.stderr()) {
            Matcher matcher = ZERO_CROSSINGS.matcher(line);
            if (matcher.find()) {
                return Double.parseDouble(matcher.group(1)) * 48000 / 2;
            }
        }
        throw new AssertionError("no audio statistics for " + media + ": " + output.stderr());
    }

    /** Decodes the whole file and says whether ffmpeg found an error. */
    static boolean decodesFully(Path media) {
        return run(media.getParent(), List.of("-v", "error", "-xerror", "-i", media.toString(), "-f", "null", "-"))
                .exitCode() == 0;
    }

    /** The H.264 level the stream's sequence parameter set declares (level_idc). */
    static int spsLevel(Path media) {
        Output output = run(media.getParent(), List.of("-i", media.toString(), "-map", "0:v:0", "-c", "copy",
                "-bsf:v", "trace_headers", "-frames:v", "1", "-f", "null", "-"));
        Pattern level = Pattern.compile("level_idc\\s+\\S+\\s+= (\\d+)");
        for (String line : output.stderr()) {
            Matcher matcher = level.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("no level_idc in " + output.stderr());
    }
}
