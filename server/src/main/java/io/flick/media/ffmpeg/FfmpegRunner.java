package io.flick.media.ffmpeg;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/** Runs one ffmpeg command to its end through the {@link ProcessLauncher}. */
final class FfmpegRunner {

    /**
     * What a process ends with when its program never ran: 127 from the dynamic loader (a missing
     * library) or a shell (no such command), 126 when it cannot be executed. ffmpeg's own exit codes
     * are 0, 1, 255 and the low byte of a negative libav error code, which is never one of these.
     */
    private static final List<Integer> NEVER_RAN = List.of(126, 127);
    private static final int ERROR_LINES = 5;

    private final FfmpegBinary ffmpeg;
    private final ProcessLauncher launcher;

    FfmpegRunner(FfmpegBinary ffmpeg, ProcessLauncher launcher) {
        this.ffmpeg = ffmpeg;
        this.launcher = launcher;
    }

    /**
     * @return the exit code, or empty when {@code timeout} passed and ffmpeg was killed
     * @throws FfmpegUnavailable   when ffmpeg could not run at all
     * @throws InterruptedException when the calling thread is interrupted; ffmpeg is killed first
     */
    OptionalInt run(List<String> arguments, Path workingDirectory, Duration timeout, Consumer<String> stdout,
            Consumer<String> stderr) throws InterruptedException {
        var lastWords = CapturedLines.last(ERROR_LINES);
        RunningProcess process;
        try {
            process = launcher.start(ffmpeg.command(arguments, workingDirectory), stdout, lastWords.andThen(stderr));
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new FfmpegUnavailable("ffmpeg cannot be started: " + e.getMessage(), e);
        }
        OptionalInt exit;
        try {
            exit = process.waitFor(timeout);
        } catch (InterruptedException e) {
            process.destroy();
            throw e;
        }
        if (exit.isPresent() && NEVER_RAN.contains(exit.getAsInt())) {
            throw new FfmpegUnavailable("ffmpeg cannot run (exit " + exit.getAsInt() + "): "
                    + String.join(" / ", lastWords.lines()), null);
        }
        return exit;
    }
}
