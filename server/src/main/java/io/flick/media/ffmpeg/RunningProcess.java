package io.flick.media.ffmpeg;

import java.time.Duration;
import java.util.OptionalInt;

/** A process started by a {@link ProcessLauncher}. */
public interface RunningProcess {

    long pid();

    /**
     * Waits for the process to end and returns its exit code; by then every line it wrote has been
     * handed to the consumers. When {@code timeout} passes first, the process and everything it
     * started are killed and the answer is empty.
     */
    OptionalInt waitFor(Duration timeout) throws InterruptedException;

    /** Kills the process and everything it started. Harmless on a process that has ended. */
    void destroy();
}
