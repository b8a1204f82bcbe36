package io.flick.media.ffmpeg;

import java.util.Set;

/**
 * How hard the encoders work.
 *
 * @param x264Preset libx264's speed/size trade-off ({@code veryfast} by default: a short clip is
 *                   watched within minutes of its upload, so time to publish matters more than the
 *                   last percent of bitrate)
 * @param threads    the threads one ffmpeg process may use for decoding, filtering and each encoder
 */
public record EncodeSettings(String x264Preset, int threads) {

    private static final Set<String> PRESETS = Set.of("ultrafast", "superfast", "veryfast", "faster", "fast",
            "medium", "slow", "slower", "veryslow", "placebo");

    public EncodeSettings {
        if (!PRESETS.contains(x264Preset)) {
            throw new IllegalArgumentException("unknown x264 preset " + x264Preset);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** {@code veryfast} with every processor of the machine. */
    public static EncodeSettings defaults() {
        return new EncodeSettings("veryfast", Runtime.getRuntime().availableProcessors());
    }
}
