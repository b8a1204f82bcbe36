package io.flick.media.ffmpeg;

import java.nio.file.Path;

/**
 * A finished rung, measured from what the encoder wrote.
 *
 * @param rung             the plan it was encoded from (name, size, frame rate)
 * @param playlist         its media playlist
 * @param uri              the playlist's address relative to the master playlist ({@code 360p/index.m3u8})
 * @param bandwidth        peak bits per second: the largest segment's bits over its duration
 * @param averageBandwidth bits per second over the whole rendition
 * @param codecs           the RFC 6381 codecs, e.g. {@code avc1.64001f,mp4a.40.2}
 * @param durationSeconds  the sum of its segments' durations
 */
public record Rendition(Rung rung, Path playlist, String uri, long bandwidth, long averageBandwidth, String codecs,
        double durationSeconds) {
}
