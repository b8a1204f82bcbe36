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
 * @param decodeCapSeconds the most of the source the encode reads (infinite: all of it); the probe's
 *                         duration is only what the container claims
 * @param coverSeconds     the moment the thumbnails show, as the uploader chose it (null: the default);
 *                         clamped into the clip by {@link EncodeCommands#stillTime}
 */
public record EncodeRequest(Path source, ProbeResult probe, Optional<Path> replacementAudio, OutputLayout output,
        double decodeCapSeconds, Double coverSeconds) {

    /** All of the source. */
    public EncodeRequest(Path source, ProbeResult probe, Optional<Path> replacementAudio, OutputLayout output) {
        this(source, probe, replacementAudio, output, Double.POSITIVE_INFINITY);
    }

    /** With the default cover. */
    public EncodeRequest(Path source, ProbeResult probe, Optional<Path> replacementAudio, OutputLayout output,
            double decodeCapSeconds) {
        this(source, probe, replacementAudio, output, decodeCapSeconds, null);
    }

    public EncodeRequest {
        if (!(decodeCapSeconds > 0)) {
            throw new IllegalArgumentException("the decode cap must be positive");
        }
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
