package io.flick.media.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * A {@link GenerativeClip} as H.264 + AAC in {@code target}, with its title drawn in {@code font}
     * (none: no title). ffmpeg runs on one thread: the demo catalog generates clips while the server
     * serves and encodes, and a clip takes about a second on one core.
     */
    public Path generate(GenerativeClip clip, Optional<Path> font, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String stem = target.getFileName().toString().replaceAll("[^A-Za-z0-9.-]", "_");
        // Each line of the title drawn on its own (drawtext shows a line break as a missing glyph),
        // its text and the font by file, relative to ffmpeg's working directory: nothing to escape.
        List<String> lines = font.isEmpty() ? List.of() : clip.title().strip().lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        List<Path> written = new ArrayList<>();
        boolean drawsSound = clip.visual() instanceof Visual.Swarm;
        String music = "aevalsrc=exprs='%s':s=44100:c=stereo".formatted(clip.tune().expression(clip.seconds()))
                + (drawsSound ? ",asplit=2[a][s]" : "[a]");
        var picture = new StringBuilder(clip.visual().filter(clip.width(), clip.height(), clip.fps(), clip.seconds(), "s"));
        int size = clip.height() / 18;
        for (int line = 0; line < lines.size(); line++) {
            String name = "." + stem + ".title" + line;
            if (line == 0) {
                written.add(copy(font.get(), dir.resolve("." + stem + ".ttf")));
            }
            written.add(write(lines.get(line), dir.resolve(name + ".txt")));
            picture.append(",drawtext=fontfile=.%s.ttf:textfile=%s.txt:fontsize=%d:fontcolor=white".formatted(stem, name, size))
                    .append(":borderw=3:bordercolor=black@0.55:x=(w-tw)/2:y=h*0.14+%d".formatted(line * size * 5 / 4))
                    .append(":alpha='min(1,t/0.6)'");
        }
        picture.append("[v]");
        try {
            return run(List.of("-nostdin", "-y", "-hide_banner", "-loglevel", "error", "-filter_complex_threads", "1",
                    "-filter_complex", music + ";" + picture, "-map", "[v]", "-map", "[a]", "-t", Double.toString(clip.seconds()),
                    "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-threads", "1", "-pix_fmt", "yuv420p",
                    "-c:a", "aac", "-b:a", "96k", "-movflags", "+faststart", target.toAbsolutePath().toString()), target);
        } finally {
            for (Path file : written) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static Path write(String text, Path file) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path font, Path file) {
        try {
            return Files.copy(font, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
