package io.flick.media.ffmpeg;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One ffmpeg command and what it will write.
 *
 * @param arguments  ffmpeg's arguments (without the executable)
 * @param rungs      the renditions it encodes, lowest first
 * @param thumbnails the stills it writes (none for the ladder)
 * @param audio      the audio track it extracts; empty for the ladder and for clips without sound
 */
public record EncodePlan(List<String> arguments, List<Rung> rungs, List<Thumbnail> thumbnails, Optional<Path> audio) {

    public EncodePlan {
        arguments = List.copyOf(arguments);
        rungs = List.copyOf(rungs);
        thumbnails = List.copyOf(thumbnails);
    }

    /** The command as one line, for logs and benchmarks (arguments with spaces are quoted). */
    public String commandLine(String executable) {
        var line = new StringBuilder(executable);
        for (String argument : arguments) {
            line.append(' ').append(argument.matches("[\\w./:%=,+-]+") ? argument : "'" + argument + "'");
        }
        return line.toString();
    }
}
