package io.flick.media.ffmpeg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bytedeco.javacpp.Loader;

/**
 * The ffmpeg executable: a configured one, or else the one bundled in the bytedeco jar (extracted to
 * JavaCPP's cache on first use, so nothing happens until the first command is built).
 */
public final class FfmpegBinary {

    private final Path configured;
    private volatile Resolved resolved;

    private FfmpegBinary(Path configured) {
        this.configured = configured;
    }

    /** @param configured an ffmpeg executable, or {@code null} for the bundled one */
    public static FfmpegBinary configuredOrBundled(Path configured) {
        return new FfmpegBinary(configured);
    }

    public static FfmpegBinary bundled() {
        return new FfmpegBinary(null);
    }

    public Path executable() {
        return resolve().executable();
    }

    /** A command running ffmpeg with {@code arguments}, in {@code workingDirectory}. */
    public ProcessLauncher.Command command(List<String> arguments, Path workingDirectory) {
        Resolved binary = resolve();
        var all = new ArrayList<String>(arguments.size() + 1);
        all.add(binary.executable().toString());
        all.addAll(arguments);
        return new ProcessLauncher.Command(all, workingDirectory, binary.environment());
    }

    private Resolved resolve() {
        Resolved current = resolved;
        if (current == null) {
            current = configured != null ? new Resolved(configured, Map.of()) : bundledBinary();
            resolved = current;
        }
        return current;
    }

    private static Resolved bundledBinary() {
        Path executable = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("the bundled ffmpeg at " + executable + " cannot be run");
        }
        // The executable finds its libraries through its RUNPATH, but those libraries (libavutil needs
        // libva) have none of their own: the loader must be told where the folder is.
        String folder = executable.getParent().toString();
        String inherited = System.getenv("LD_LIBRARY_PATH");
        String path = inherited == null || inherited.isBlank() ? folder : folder + ":" + inherited;
        return new Resolved(executable, Map.of("LD_LIBRARY_PATH", path));
    }

    private record Resolved(Path executable, Map<String, String> environment) {
    }
}
