package io.flick.media.ffmpeg;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs commands as operating-system processes, reading their output on virtual threads. */
public final class OsProcessLauncher implements ProcessLauncher {

    /** Longer lines are cut: a hostile file can make ffmpeg print a metadata value of any length. */
    static final int MAX_LINE_LENGTH = 8192;
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(OsProcessLauncher.class);

    @Override
    public RunningProcess start(Command command, Consumer<String> stdoutLines, Consumer<String> stderrLines) {
        var builder = new ProcessBuilder(command.arguments()).directory(command.workingDirectory().toFile());
        builder.environment().putAll(command.environment());
        Process process;
        try {
            process = builder.start();
            process.getOutputStream().close(); // nothing to say on stdin: a read sees end of file at once
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.arguments().getFirst(), e);
        }
        Thread out = pump(process.getInputStream(), stdoutLines, "process-" + process.pid() + "-stdout");
        Thread err = pump(process.getErrorStream(), stderrLines, "process-" + process.pid() + "-stderr");
        return new OsProcess(process, out, err);
    }

    private static Thread pump(InputStream stream, Consumer<String> lines, String name) {
        return Thread.ofVirtual().name(name).start(() -> {
            var failed = new AtomicBoolean();
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                readLines(reader, line -> {
                    try {
                        lines.accept(line);
                    } catch (RuntimeException e) {
                        // Keep draining whatever the consumer does, or the process would block on a full pipe.
                        if (failed.compareAndSet(false, true)) {
                            log.warn("The consumer of {} failed; its output is still read and handed on", name, e);
                        }
                    }
                });
            } catch (IOException e) {
                // The stream closes when the process is killed; nothing more to read.
            }
        });
    }

    /** Splits on {@code \n}, {@code \r} or {@code \r\n}; lines are cut at {@link #MAX_LINE_LENGTH}. */
    static void readLines(Reader reader, Consumer<String> lines) throws IOException {
        var line = new StringBuilder();
        char[] buffer = new char[4096];
        boolean afterCarriageReturn = false;
        int read;
        while ((read = reader.read(buffer)) != -1) {
            for (int i = 0; i < read; i++) {
                char c = buffer[i];
                if (c == '\n' && afterCarriageReturn) {
                    afterCarriageReturn = false;
                    continue;
                }
                afterCarriageReturn = c == '\r';
                if (c == '\n' || c == '\r') {
                    lines.accept(line.toString());
                    line.setLength(0);
                } else if (line.length() < MAX_LINE_LENGTH) {
                    line.append(c);
                }
            }
        }
        if (!line.isEmpty()) {
            lines.accept(line.toString());
        }
    }

    private record OsProcess(Process process, Thread stdout, Thread stderr) implements RunningProcess {

        @Override
        public long pid() {
            return process.pid();
        }

        @Override
        public OptionalInt waitFor(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                destroy();
                return OptionalInt.empty();
            }
            // A child that inherited the pipes could keep them open after the process ended; do not wait for it forever.
            if (!stdout.join(DRAIN_GRACE) || !stderr.join(DRAIN_GRACE)) {
                log.warn("Process {} ended but its output is still open; going on without the rest", process.pid());
            }
            return OptionalInt.of(process.exitValue());
        }

        @Override
        public void destroy() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.onExit().get(DRAIN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Process {} did not end within {} of being killed", process.pid(), DRAIN_GRACE);
            }
        }
    }
}
