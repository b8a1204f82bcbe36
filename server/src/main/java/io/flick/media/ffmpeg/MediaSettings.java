package io.flick.media.ffmpeg;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the transcoding toolkit.
 *
 * @param ffmpegPath    an ffmpeg executable to use instead of the bundled one
 * @param x264Preset    libx264's preset
 * @param encodeThreads threads per ffmpeg process; 0 for every processor
 * @param encodeTimeout the most one ffmpeg run may take before it is killed
 * @param minDuration   shortest clip accepted
 * @param maxDuration   longest clip accepted
 * @param maxDimension  largest width or height accepted
 * @param maxAspectRatio largest long edge over short edge accepted (4: 4:1)
 * @param encodeBudget  most encoding work one clip may cost, in megapixel-seconds (width x height x
 *                      seconds; frame rates above 60 count in proportion), refused from the probe
 */
@ConfigurationProperties("flick.media")
public record MediaSettings(
        Path ffmpegPath,
        @DefaultValue("veryfast") String x264Preset,
        @DefaultValue("0") int encodeThreads,
        @DefaultValue("20m") Duration encodeTimeout,
        @DefaultValue("1s") Duration minDuration,
        @DefaultValue("60s") Duration maxDuration,
        @DefaultValue("4096") int maxDimension,
        @DefaultValue("" + MediaLimits.DEFAULT_ASPECT_RATIO) double maxAspectRatio,
        @DefaultValue("" + MediaLimits.DEFAULT_BUDGET) double encodeBudget) {

    public EncodeSettings encodeSettings() {
        return new EncodeSettings(x264Preset,
                encodeThreads > 0 ? encodeThreads : Runtime.getRuntime().availableProcessors());
    }

    public MediaLimits limits() {
        return new MediaLimits(minDuration.toMillis() / 1000.0, maxDuration.toMillis() / 1000.0, maxDimension,
                maxAspectRatio, encodeBudget);
    }
}
