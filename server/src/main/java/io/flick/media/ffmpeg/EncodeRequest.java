package io.flick.media.ffmpeg;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to transcode.
 *
 * @param source           the uploaded file
 * @param probe            its probe, with a video stream
 * @param replacementAudio a sound reused from another clip, played instead of the source's own audio,
 *                         looped or cut to the video's length
 * @param output           where the files go
 */
public record EncodeRequest(Path source, ProbeResult probe, Optional<Path> replacementAudio, OutputLayout output) {

    public EncodeRequest {
        source = source.toAbsolutePath().normalize();
        replacementAudio = replacementAudio.map(file -> file.toAbsolutePath().normalize());
        if (probe.video().isEmpty()) {
            throw new IllegalArgumentException("the probe of " + source + " has no video stream");
        }
    }

    public VideoStream video() {
        return probe.video().orElseThrow();
    }

    /** Whether the renditions carry the source's own audio track. */
    boolean usesSourceAudio() {
        return replacementAudio.isEmpty() && probe.audio().isPresent();
    }
}
