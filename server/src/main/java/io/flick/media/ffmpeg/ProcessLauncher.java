package io.flick.media.ffmpeg;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts external processes. Every ffmpeg run goes through this port, so a process is always
 * drained, bounded in time and killable in one place.
 */
public interface ProcessLauncher {

    /**
     * Starts {@code command}. From its first byte, every line the process writes to stdout and to
     * stderr is handed to {@code stdoutLines} and {@code stderrLines} on background threads, so its
     * pipes never fill however slowly the caller waits. The consumers are given here rather than
     * subscribed later so that no line can be lost in between or buffered without bound.
     */
    RunningProcess start(Command command, Consumer<String> stdoutLines, Consumer<String> stderrLines);

    /**
     * @param arguments        the executable and its arguments
     * @param workingDirectory where the process runs
     * @param environment      variables added to this process's environment
     */
    record Command(List<String> arguments, Path workingDirectory, Map<String, String> environment) {

        public Command {
            arguments = List.copyOf(arguments);
            environment = Map.copyOf(environment);
            if (arguments.isEmpty()) {
                throw new IllegalArgumentException("a command needs an executable");
            }
        }
    }
}
