package io.flick.media.ffmpeg;

import java.util.Optional;

/**
 * What ffmpeg recognised in a file. A file it cannot open at all gives {@link #unrecognised()}: no
 * container, no streams.
 *
 * @param durationSeconds the container's duration; 0 when unknown
 * @param container       ffmpeg's demuxer names, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}; empty when unrecognised
 * @param video           the first video stream that is not a cover picture
 * @param audio           the first audio stream
 */
public record ProbeResult(double durationSeconds, String container, Optional<VideoStream> video,
        Optional<AudioStream> audio) {

    public static ProbeResult unrecognised() {
        return new ProbeResult(0, "", Optional.empty(), Optional.empty());
    }

    public boolean recognised() {
        return !container.isEmpty();
    }
}
