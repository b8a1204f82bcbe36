package io.flick.media.ffmpeg;

/**
 * One rendition of the ladder: its size and its encoder budget.
 *
 * @param name             {@code 1080p}, {@code 720p}, {@code 480p}, {@code 360p}, or {@code <short edge>p}
 *                         for a source smaller than 360p; also the rendition's folder name
 * @param width            even, in the source's displayed orientation
 * @param height           even, in the source's displayed orientation
 * @param frameRate        the source's, at most {@link Ladder#MAX_FRAME_RATE}
 * @param videoKbps        target video bitrate
 * @param maxrateKbps      the rate the encoder's buffer drains at: peaks stay under it
 * @param bufsizeKbits     the encoder's buffer: how long a peak may last
 * @param audioKbps        AAC bitrate
 */
public record Rung(String name, int width, int height, double frameRate, int videoKbps, int maxrateKbps,
        int bufsizeKbits, int audioKbps) {

    /** The short edge, which names the rung. */
    public int shortEdge() {
        return Math.min(width, height);
    }
}
