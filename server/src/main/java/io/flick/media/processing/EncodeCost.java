package io.flick.media.processing;

import java.util.List;

import io.flick.media.ffmpeg.Ladder;
import io.flick.media.ffmpeg.VideoStream;

/**
 * What an encode costs on this machine: a fixed part (download, probe, thumbnails, storing) plus a
 * part proportional to the work, seconds of input times the megapixels of the rendition ladder the
 * source gets (a 1080p source makes four rungs, a 360p one a single rung: a cost per source pixel
 * would price them alike). Fitted to the node's recent encodes; a default stands in until there are.
 *
 * @param fixedSeconds       seconds every encode costs whatever its length
 * @param secondsPerWork     seconds per second of input per megapixel of ladder
 */
record EncodeCost(double fixedSeconds, double secondsPerWork) {

    /**
     * Before anything was measured: about a second of fixed cost, and 0.2 s per second of input per
     * ladder megapixel, which is a 60 s 1080x1920 clip's full ladder (3.6 megapixels) in about 45 s
     * on 2 cores (docs/benchmarks measured 62 s with its first pass; a guess errs on the short side
     * here and is replaced by this machine's own figures after its first encode).
     */
    static final EncodeCost DEFAULT = new EncodeCost(1.0, 0.2);
    // Below this many encodes, or with lengths too alike to tell fixed from proportional cost, the
    // whole cost is taken as proportional: exact for clips like the measured ones.
    private static final int FIT_MINIMUM = 3;
    private static final double SPREAD_MINIMUM = 1.5;

    /** One finished encode: how long it took, for a source of this length and size. */
    record Sample(double encodeSeconds, double durationSeconds, int width, int height) {

        double work() {
            return EncodeCost.work(durationSeconds, width, height);
        }
    }

    /** The cost that best explains {@code samples} (least squares on work), or the default without any. */
    static EncodeCost fit(List<Sample> samples) {
        List<Sample> usable = samples.stream().filter(s -> s.encodeSeconds() > 0 && s.work() > 0).toList();
        if (usable.isEmpty()) {
            return DEFAULT;
        }
        double totalWork = usable.stream().mapToDouble(Sample::work).sum();
        double totalSeconds = usable.stream().mapToDouble(Sample::encodeSeconds).sum();
        EncodeCost proportional = new EncodeCost(0, totalSeconds / totalWork);
        double least = usable.stream().mapToDouble(Sample::work).min().orElseThrow();
        double most = usable.stream().mapToDouble(Sample::work).max().orElseThrow();
        if (usable.size() < FIT_MINIMUM || most < least * SPREAD_MINIMUM) {
            return proportional;
        }
        double meanWork = totalWork / usable.size();
        double meanSeconds = totalSeconds / usable.size();
        double covariance = 0;
        double variance = 0;
        for (Sample sample : usable) {
            covariance += (sample.work() - meanWork) * (sample.encodeSeconds() - meanSeconds);
            variance += (sample.work() - meanWork) * (sample.work() - meanWork);
        }
        double slope = covariance / variance;
        double fixed = meanSeconds - slope * meanWork;
        // Noise can tilt the line (a longer clip that happened to run alone): then the plain ratio.
        return slope > 0 && fixed >= 0 ? new EncodeCost(fixed, slope) : proportional;
    }

    /** Seconds to encode a source of this length and size from start to end. */
    double seconds(double durationSeconds, int width, int height) {
        return fixedSeconds + secondsPerWork * work(durationSeconds, width, height);
    }

    /** Seconds of input times the ladder's megapixels: what the encoder has to produce. */
    static double work(double durationSeconds, int width, int height) {
        if (durationSeconds <= 0 || width <= 0 || height <= 0) {
            return 0;
        }
        double pixels = Ladder.plan(new VideoStream("h264", width, height, 30, 0)).stream()
                .mapToDouble(rung -> (double) rung.width() * rung.height()).sum();
        return durationSeconds * pixels / 1e6;
    }
}
