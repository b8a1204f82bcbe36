package io.flick.media.ffmpeg;

import java.util.Optional;

/**
 * What the platform accepts as a clip.
 *
 * @param minDurationSeconds shorter clips are refused ({@code too_short})
 * @param maxDurationSeconds longer clips are refused ({@code too_long}), with half a second of grace:
 *                           a phone that records "60 seconds" writes a few hundredths more
 * @param maxDimension       a clip wider or taller than this is refused ({@code too_large}); it
 *                           bounds the memory a decoder needs, which a small file can declare huge
 */
public record MediaLimits(double minDurationSeconds, double maxDurationSeconds, int maxDimension) {

    static final double DURATION_GRACE_SECONDS = 0.5;
    /** Smaller than this is no picture anyone can watch, whatever the container says. */
    static final int MIN_DIMENSION = 16;

    public MediaLimits {
        if (minDurationSeconds < 0 || maxDurationSeconds <= minDurationSeconds || maxDimension < MIN_DIMENSION) {
            throw new IllegalArgumentException("inconsistent media limits");
        }
    }

    /** 1 to 60 seconds, at most 4096 pixels on either edge. */
    public static MediaLimits defaults() {
        return new MediaLimits(1, 60, 4096);
    }

    /** Why {@code probe} is not an acceptable clip; empty when it is. */
    public Optional<FailureReason> validate(ProbeResult probe) {
        if (probe.video().isEmpty() || isPicture(probe.container()) || probe.durationSeconds() <= 0) {
            return Optional.of(FailureReason.NOT_A_VIDEO);
        }
        VideoStream video = probe.video().get();
        if (Math.min(video.width(), video.height()) < MIN_DIMENSION) {
            return Optional.of(FailureReason.NOT_A_VIDEO);
        }
        if (Math.max(video.width(), video.height()) > maxDimension) {
            return Optional.of(FailureReason.TOO_LARGE);
        }
        if (probe.durationSeconds() > maxDurationSeconds + DURATION_GRACE_SECONDS) {
            return Optional.of(FailureReason.TOO_LONG);
        }
        if (probe.durationSeconds() < minDurationSeconds) {
            return Optional.of(FailureReason.TOO_SHORT);
        }
        return Optional.empty();
    }

    /** Image demuxers ({@code png_pipe}, {@code image2} …) read single pictures, not clips. */
    private static boolean isPicture(String container) {
        return container.endsWith("_pipe") || container.startsWith("image2");
    }
}
