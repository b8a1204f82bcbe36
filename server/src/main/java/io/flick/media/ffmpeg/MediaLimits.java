package io.flick.media.ffmpeg;

import java.util.Optional;

/**
 * What the platform accepts as a clip.
 *
 * @param minDurationSeconds shorter clips are refused ({@code too_short})
 * @param maxDurationSeconds longer clips are refused ({@code too_long}), with half a second of grace:
 *                           a phone that records "60 seconds" writes a few hundredths more. Enforced
 *                           on the probe and again on what the encoder decoded, since a container's
 *                           duration is only what the file claims
 * @param maxDimension       a clip wider or taller than this is refused ({@code too_large}); it
 *                           bounds the memory a decoder needs, which a small file can declare huge
 * @param maxAspectRatio     long edge over short edge; a flatter or thinner picture is refused
 *                           ({@code extreme_aspect_ratio}): the ladder, made for phone screens, has no
 *                           sensible rung for a 4096x16 strip
 * @param encodeBudget       the most work one clip may cost the encoder, in megapixel-seconds
 *                           (width x height x duration, frame rates above 60 counted in proportion);
 *                           more is refused from the probe ({@code too_complex}), before any encode
 */
public record MediaLimits(double minDurationSeconds, double maxDurationSeconds, int maxDimension, double maxAspectRatio,
        double encodeBudget) {

    /** 21:9 cinema and 32:9 panoramas pass; beyond 4:1 a picture is a strip. */
    public static final double DEFAULT_ASPECT_RATIO = 4;
    /**
     * A minute of 1440p (221) or of 1080p at 60 fps (124), half a minute of 4K UHD (249); a 4096x4096
     * clip of 20 s (336, about two minutes of encoding on two cores) is refused.
     */
    public static final double DEFAULT_BUDGET = 250;
    static final double DURATION_GRACE_SECONDS = 0.5;
    /**
     * How much more than the longest accepted clip an encode reads: enough to tell a clip that is
     * too long from one that is not, and no more, whatever length the container claims.
     */
    static final double DECODE_MARGIN_SECONDS = 1;
    /** Smaller than this is no picture anyone can watch, whatever the container says. */
    static final int MIN_DIMENSION = 16;
    /** The frame rate the budget counts at most per second; the ladder never encodes more. */
    static final double BUDGET_FRAME_RATE = 60;

    public MediaLimits {
        if (minDurationSeconds < 0 || maxDurationSeconds <= minDurationSeconds || maxDimension < MIN_DIMENSION
                || maxAspectRatio < 1 || encodeBudget <= 0) {
            throw new IllegalArgumentException("inconsistent media limits");
        }
    }

    public MediaLimits(double minDurationSeconds, double maxDurationSeconds, int maxDimension) {
        this(minDurationSeconds, maxDurationSeconds, maxDimension, DEFAULT_ASPECT_RATIO, DEFAULT_BUDGET);
    }

    /** 1 to 60 seconds, at most 4096 pixels on either edge, at most 4:1, at most 250 megapixel-seconds. */
    public static MediaLimits defaults() {
        return new MediaLimits(1, 60, 4096);
    }

    /** Why {@code probe} is not an acceptable clip; empty when it is. */
    public Optional<FailureReason> validate(ProbeResult probe) {
        if (probe.video().isEmpty() || isPicture(probe.container()) || probe.durationSeconds() <= 0) {
            return Optional.of(FailureReason.NOT_A_VIDEO);
        }
        VideoStream video = probe.video().get();
        int shortEdge = Math.min(video.width(), video.height());
        int longEdge = Math.max(video.width(), video.height());
        if (shortEdge < MIN_DIMENSION) {
            return Optional.of(FailureReason.NOT_A_VIDEO);
        }
        if (longEdge > maxDimension) {
            return Optional.of(FailureReason.TOO_LARGE);
        }
        if (longEdge > shortEdge * maxAspectRatio) {
            return Optional.of(FailureReason.EXTREME_ASPECT_RATIO);
        }
        if (tooLong(probe.durationSeconds())) {
            return Optional.of(FailureReason.TOO_LONG);
        }
        if (probe.durationSeconds() < minDurationSeconds) {
            return Optional.of(FailureReason.TOO_SHORT);
        }
        if (encodeCost(probe) > encodeBudget) {
            return Optional.of(FailureReason.TOO_COMPLEX);
        }
        return Optional.empty();
    }

    /** Whether {@code seconds} of pictures, claimed or decoded, are more than a clip may last. */
    public boolean tooLong(double seconds) {
        return seconds > maxDurationSeconds + DURATION_GRACE_SECONDS;
    }

    /**
     * The most an encode of {@code probe}'s file reads, in seconds: a little more than a clip may
     * last, and than the encode budget allows at the file's picture size. Whatever the container
     * claims, a file cannot make the encoder work longer; {@link #validateDecoded} then tells
     * whether the pictures went on past what is allowed.
     */
    public double decodeCapSeconds(ProbeResult probe) {
        return allowedSeconds(probe) + DECODE_MARGIN_SECONDS;
    }

    /**
     * Why {@code decodedSeconds} of pictures, decoded from {@code probe}'s file with at most
     * {@link #decodeCapSeconds} read, are not acceptable; empty when they are. A container that
     * claims less than it holds is caught here.
     */
    public Optional<FailureReason> validateDecoded(ProbeResult probe, double decodedSeconds) {
        if (decodedSeconds <= allowedSeconds(probe)) {
            return Optional.empty();
        }
        return Optional.of(tooLong(decodedSeconds) ? FailureReason.TOO_LONG : FailureReason.TOO_COMPLEX);
    }

    private double allowedSeconds(ProbeResult probe) {
        double longest = maxDurationSeconds + DURATION_GRACE_SECONDS;
        double perSecond = encodeCost(probe) / probe.durationSeconds();
        return perSecond > 0 ? Math.min(longest, encodeBudget / perSecond) : longest;
    }

    /**
     * The work {@code probe} costs, in megapixel-seconds. Encoding time grows with the pixels decoded
     * and scaled; the ladder's rungs are bounded, the source is not. A frame rate the probe does not
     * know counts as ordinary.
     */
    static double encodeCost(ProbeResult probe) {
        VideoStream video = probe.video().orElseThrow();
        double frames = Math.max(1, video.fps() / BUDGET_FRAME_RATE);
        return (double) video.width() * video.height() / 1e6 * probe.durationSeconds() * frames;
    }

    /** Image demuxers ({@code png_pipe}, {@code image2} …) read single pictures, not clips. */
    private static boolean isPicture(String container) {
        return container.endsWith("_pipe") || container.startsWith("image2");
    }
}
