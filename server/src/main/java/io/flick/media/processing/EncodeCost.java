package io.flick.media.processing;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.flick.media.ffmpeg.Ladder;
import io.flick.media.ffmpeg.Rung;
import io.flick.media.ffmpeg.VideoStream;

/**
 * What an encode costs on this machine, learnt from its recent encodes ({@code samples}).
 *
 * <p>A source's cost depends on its length and on the rendition ladder it gets (a 1080p source
 * makes four rungs, 3.6 megapixels; a 360p one a single rung, 0.23), plus a fixed part (download,
 * probe, thumbnails, storing) that dominates short clips. So a clip is priced from the encodes of
 * sources with the same ladder, per second of input; for a ladder not encoded yet, from all encodes
 * per unit of work (seconds of input times ladder megapixels) when their sizes differ enough to
 * tell the fixed part from the rest; else from a default. Extrapolating tiny clips' cost to a
 * large one without that (their fixed part read as cost per pixel) is what made the upload page
 * say 74 s for a 10 s job.
 */
final class EncodeCost {

    /**
     * Before a ladder was measured: about a second of fixed cost, and 0.2 s per second of input per
     * ladder megapixel, which is a 60 s 1080x1920 clip's full ladder in about 45 s on 2 cores
     * (docs/benchmarks measured 62 s with its first pass; this errs on the short side and gives way
     * to the machine's own figures with its first encode of that ladder).
     */
    static final Line DEFAULT = new Line(1.0, 0.2);
    // Below this many encodes, or with inputs too alike to tell fixed from proportional cost, the
    // whole cost is taken as proportional: exact for clips like the measured ones.
    private static final int FIT_MINIMUM = 3;
    private static final double SPREAD_MINIMUM = 1.5;

    /** One finished encode: how long it took, for a source of this length and size. */
    record Sample(double encodeSeconds, double durationSeconds, int width, int height) {

        double work() {
            return EncodeCost.work(durationSeconds, width, height);
        }

        String ladder() {
            return EncodeCost.ladder(width, height);
        }
    }

    /** Seconds as {@code fixed + perUnit * x}. */
    record Line(double fixed, double perUnit) {

        double at(double x) {
            return fixed + perUnit * x;
        }
    }

    private final List<Sample> samples;

    EncodeCost(List<Sample> samples) {
        this.samples = samples.stream().filter(s -> s.encodeSeconds() > 0 && s.work() > 0).toList();
    }

    /** Seconds to encode a source of this length and size from start to end. */
    double seconds(double durationSeconds, int width, int height) {
        String ladder = ladder(width, height);
        List<Sample> alike = samples.stream().filter(s -> s.ladder().equals(ladder)).toList();
        if (!alike.isEmpty()) {
            return fit(alike, Sample::durationSeconds).orElseGet(() -> ratio(alike, Sample::durationSeconds))
                    .at(durationSeconds);
        }
        return fit(samples, Sample::work).orElse(DEFAULT).at(work(durationSeconds, width, height));
    }

    /** The least-squares line of encode seconds over {@code x}, when the samples allow one. */
    private static Optional<Line> fit(List<Sample> samples, ToDoubleFunction<Sample> x) {
        if (samples.size() < FIT_MINIMUM) {
            return Optional.empty();
        }
        double least = samples.stream().mapToDouble(x).min().orElseThrow();
        double most = samples.stream().mapToDouble(x).max().orElseThrow();
        if (most < least * SPREAD_MINIMUM) {
            return Optional.empty();
        }
        double meanX = samples.stream().mapToDouble(x).average().orElseThrow();
        double meanY = samples.stream().mapToDouble(Sample::encodeSeconds).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (Sample sample : samples) {
            covariance += (x.applyAsDouble(sample) - meanX) * (sample.encodeSeconds() - meanY);
            variance += (x.applyAsDouble(sample) - meanX) * (x.applyAsDouble(sample) - meanX);
        }
        double slope = covariance / variance;
        double fixed = meanY - slope * meanX;
        // Noise can tilt the line (a longer clip that happened to run alone): then no line.
        return slope > 0 && fixed >= 0 ? Optional.of(new Line(fixed, slope)) : Optional.empty();
    }

    private static Line ratio(List<Sample> samples, ToDoubleFunction<Sample> x) {
        return new Line(0, samples.stream().mapToDouble(Sample::encodeSeconds).sum() / samples.stream().mapToDouble(x).sum());
    }

    /** Seconds of input times the ladder's megapixels: what the encoder has to produce. */
    static double work(double durationSeconds, int width, int height) {
        if (durationSeconds <= 0 || width <= 0 || height <= 0) {
            return 0;
        }
        return durationSeconds * rungs(width, height).stream().mapToDouble(rung -> (double) rung.width() * rung.height()).sum() / 1e6;
    }

    /** The ladder a source gets, named by its top rung ("1080p", "360p", "180p" for a small one). */
    static String ladder(int width, int height) {
        return rungs(width, height).getLast().name();
    }

    private static List<Rung> rungs(int width, int height) {
        return Ladder.plan(new VideoStream("h264", Math.max(2, width), Math.max(2, height), 30, 0));
    }
}
