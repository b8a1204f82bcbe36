package io.flick.media.ffmpeg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/** Runs one ffmpeg command to its end through the {@link ProcessLauncher}. */
final class FfmpegRunner {

    private final FfmpegBinary ffmpeg;
    private final ProcessLauncher launcher;

    FfmpegRunner(FfmpegBinary ffmpeg, ProcessLauncher launcher) {
        this.ffmpeg = ffmpeg;
        this.launcher = launcher;
    }

    /**
     * @return the exit code, or empty when {@code timeout} passed and ffmpeg was killed
     * @throws InterruptedException when the calling thread is interrupted; ffmpeg is killed first
     */
    OptionalInt run(List<String> arguments, Path workingDirectory, Duration timeout, Consumer<String> stdout,
            Consumer<String> stderr) throws InterruptedException {
        RunningProcess process = launcher.start(ffmpeg.command(arguments, workingDirectory), stdout, stderr);
        try {
            return process.waitFor(timeout);
        } catch (InterruptedException e) {
            process.destroy();
            throw e;
        }
    }
}
