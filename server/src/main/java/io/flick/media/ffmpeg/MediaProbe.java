package io.flick.media.ffmpeg;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Looks into a file with ffmpeg: which streams it has ({@link #probe}) and whether its pictures
 * really decode ({@link #decodes}). There is no ffprobe in the bundled build, so the probe reads the
 * summary {@code ffmpeg -i} prints.
 */
public final class MediaProbe {

    /** Reading headers is quick; only a hostile file makes it slow. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DECODE_TIMEOUT = Duration.ofSeconds(60);
    /** How much of the start of a file {@link #decodes} decodes. */
    static final int DECODE_SECONDS = 2;
    private static final int SUMMARY_LINES = 2000;

    private final FfmpegRunner runner;

    public MediaProbe(FfmpegBinary ffmpeg, ProcessLauncher launcher) {
        this.runner = new FfmpegRunner(ffmpeg, launcher);
    }

    /** The arguments of a probe, which the golden files in the tests were captured with. */
    static List<String> probeArguments(Path file) {
        var arguments = new ArrayList<>(List.of("-nostdin", "-hide_banner"));
        arguments.addAll(InputPolicy.input(file));
        return arguments;
    }

    /**
     * The streams of {@code file}; {@link ProbeResult#unrecognised()} when ffmpeg cannot open it.
     *
     * @throws ProbeException when ffmpeg takes longer than {@link #PROBE_TIMEOUT} or the thread is interrupted
     */
    public ProbeResult probe(Path file) {
        requireFile(file);
        var stderr = CapturedLines.first(SUMMARY_LINES);
        // ffmpeg exits with 1 here ("at least one output file must be specified"): the summary is the answer.
        run(probeArguments(file), file, PROBE_TIMEOUT, stderr);
        return ProbeParser.parse(stderr.lines());
    }

    /**
     * Whether the first {@value #DECODE_SECONDS} seconds of the first video (and audio) stream decode
     * without error: a file can have intact headers and broken pictures, truncated uploads above all.
     */
    public boolean decodes(Path file) {
        requireFile(file);
        var arguments = new ArrayList<>(List.of("-nostdin", "-hide_banner", "-v", "error", "-xerror"));
        arguments.addAll(InputPolicy.input(file));
        arguments.addAll(List.of("-t", Integer.toString(DECODE_SECONDS), "-map", "0:V:0", "-map", "0:a:0?",
                "-f", "null", "-"));
        // -xerror turns ffmpeg's decoding errors into an exit code; its messages alone would be too
        // strict, as valid files print some (the Opus padding of a WebM, for one).
        OptionalInt exit = run(arguments, file, DECODE_TIMEOUT, CapturedLines.last(20));
        return exit.getAsInt() == 0;
    }

    private OptionalInt run(List<String> arguments, Path file, Duration timeout, CapturedLines stderr) {
        try {
            OptionalInt exit = runner.run(arguments, workingDirectory(file), timeout, line -> { }, stderr);
            if (exit.isEmpty()) {
                throw new ProbeException(FailureReason.TIMEOUT, "ffmpeg took longer than " + timeout + " to read " + file);
            }
            return exit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeException(FailureReason.CANCELLED, "interrupted while reading " + file);
        }
    }

    private static Path workingDirectory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of(".");
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new NoSuchFileException(file.toString(), null, "not a regular file"));
        }
    }
}
