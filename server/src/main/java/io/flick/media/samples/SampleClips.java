package io.flick.media.samples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.flick.media.ffmpeg.FfmpegBinary;
import io.flick.media.ffmpeg.ProcessLauncher;

/**
 * Makes synthetic H.264 + AAC clips with the bundled ffmpeg: the demo catalog, tests and
 * benchmarks upload these through the real pipeline instead of shipping video files.
 */
@Component
public class SampleClips {

    private static final Set<String> PATTERNS = Set.of("testsrc", "testsrc2", "mandelbrot", "life", "smptebars",
            "smptehdbars", "rgbtestsrc", "cellauto", "yuvtestsrc", "colorspectrum");
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final int ERROR_LINES = 5;

    private final FfmpegBinary ffmpeg;
    private final ProcessLauncher launcher;

    public SampleClips(FfmpegBinary ffmpeg, ProcessLauncher launcher) {
        this.ffmpeg = ffmpeg;
        this.launcher = launcher;
    }

    /** A tone alone, as AAC in M4A: a file with sound and no picture. */
    public Path tone(int hz, double seconds, Path target) {
        return run(List.of("-nostdin", "-y", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-t",
                Double.toString(seconds), "-i", "sine=f=" + hz, "-c:a", "aac", target.toAbsolutePath().toString()), target);
    }

    public Path generate(SampleClip clip, Path target) {
        if (!PATTERNS.contains(clip.pattern())) {
            throw new IllegalArgumentException("unknown pattern " + clip.pattern());
        }
        String size = clip.width() + "x" + clip.height();
        String video = switch (clip.pattern()) {
            case "life", "cellauto" -> clip.pattern() + "=s=" + size + ":r=" + clip.fps() + ",format=yuv420p";
            case "mandelbrot" -> "mandelbrot=s=" + size + ":r=" + clip.fps();
            default -> clip.pattern() + "=s=" + size + ":r=" + clip.fps();
        };
        List<String> arguments = new ArrayList<>(List.of("-nostdin", "-y", "-hide_banner", "-loglevel", "error",
                "-f", "lavfi", "-t", Double.toString(clip.seconds()), "-i", video));
        if (clip.toneHz() > 0) {
            // A tone with a slow tremolo, so different clips sound (and look, in a waveform) different.
            arguments.addAll(List.of("-f", "lavfi", "-t", Double.toString(clip.seconds()), "-i",
                    "sine=f=" + clip.toneHz() + ":sample_rate=44100,tremolo=f=2:d=0.6", "-c:a", "aac", "-b:a", "96k"));
        }
        // Capped like a phone recording (~5 Mb/s): a minute of 1080p stays well under the 50 MB limit.
        arguments.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-maxrate", "5M", "-bufsize", "10M",
                "-pix_fmt", "yuv420p",
                "-movflags", "+faststart", "-shortest", target.toAbsolutePath().toString()));
        return run(arguments, target);
    }

    private Path run(List<String> arguments, Path target) {
        try {
            // ffmpeg's last words say why it failed (a missing library, a full disk).
            var errors = new ArrayDeque<String>();
            var process = launcher.start(ffmpeg.command(arguments, target.toAbsolutePath().getParent()),
                    line -> { }, line -> {
                        synchronized (errors) {
                            if (errors.size() == ERROR_LINES) {
                                errors.removeFirst();
                            }
                            errors.addLast(line);
                        }
                    });
            OptionalInt exit = process.waitFor(TIMEOUT);
            if (exit.isEmpty() || exit.getAsInt() != 0) {
                String why;
                synchronized (errors) {
                    why = String.join(" / ", errors);
                }
                throw new IllegalStateException("ffmpeg could not generate " + target.getFileName() + " ("
                        + (exit.isEmpty() ? "timed out" : "exit " + exit.getAsInt()) + (why.isEmpty() ? "" : ": " + why) + ")");
            }
            return target;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating a clip", e);
        }
    }

}
