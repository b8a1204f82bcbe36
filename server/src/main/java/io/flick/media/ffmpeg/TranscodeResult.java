package io.flick.media.ffmpeg;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one ffmpeg run produced, every file checked to exist.
 *
 * @param renditions      the rungs it encoded, lowest first
 * @param thumbnails      large then small; none from the ladder
 * @param audio           the extracted audio track; empty from the ladder, and empty from the first
 *                        pass of a clip without sound (its renditions then carry silence)
 * @param durationSeconds the duration of what was encoded
 */
public record TranscodeResult(List<Rendition> renditions, List<Thumbnail> thumbnails, Optional<Path> audio,
        double durationSeconds) {

    public TranscodeResult {
        renditions = List.copyOf(renditions);
        thumbnails = List.copyOf(thumbnails);
    }
}
