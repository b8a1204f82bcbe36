package io.flick.media.ffmpeg;

/**
 * How far an encode is.
 *
 * @param fraction       of the clip's duration encoded, 0 to 1; never decreases
 * @param encodedSeconds of the clip encoded
 * @param speed          seconds of clip encoded per second of wall time; 0 when not yet known
 * @param finished       ffmpeg's last report
 */
public record Progress(double fraction, double encodedSeconds, double speed, boolean finished) {
}
