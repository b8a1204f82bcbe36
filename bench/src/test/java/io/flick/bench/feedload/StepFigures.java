package io.flick.bench.feedload;

import java.util.Collection;
import java.util.List;

/**
 * What one load step measured: both endpoints' throughput and latency over the step's window, and
 * who used the processors meanwhile.
 *
 * @param concurrency closed-model users per endpoint (that many paging For You, as many calling the trivial one)
 * @param cpu         cores used during the window, by party; null when not measured
 */
record StepFigures(int concurrency, double seconds, Latencies forYou, Latencies firstPages, Latencies trivial,
                   double fallbackShare, double cardsPerPage, CpuMeter.Usage cpu) {

    /** Requests started in [from, until) and answered. */
    static StepFigures of(int concurrency, long from, long until, Collection<Sample> samples, CpuMeter.Usage cpu) {
        List<Sample> inWindow = samples.stream().filter(s -> s.startMillis() >= from && s.startMillis() < until).toList();
        List<Sample> forYou = inWindow.stream().filter(s -> s.endpoint() == Sample.Endpoint.FOR_YOU).toList();
        List<Sample> trivial = inWindow.stream().filter(s -> s.endpoint() == Sample.Endpoint.TRIVIAL).toList();
        double seconds = (until - from) / 1000.0;
        long fallbacks = forYou.stream().filter(Sample::fallback).count();
        double cards = forYou.stream().filter(Sample::ok).mapToInt(Sample::cards).average().orElse(0);
        return new StepFigures(concurrency, seconds, Latencies.of(forYou, seconds),
                Latencies.of(forYou.stream().filter(Sample::firstPage).toList(), seconds), Latencies.of(trivial, seconds),
                forYou.isEmpty() ? 0 : (double) fallbacks / forYou.size(), cards, cpu);
    }

    /** For You throughput as a share of the trivial endpoint's, in the same window. */
    double throughputRatio() {
        return trivial.perSecond() == 0 ? 0 : forYou.perSecond() / trivial.perSecond();
    }

    /** Count, rate and percentiles (ms) of one kind of request. */
    record Latencies(int count, int errors, double perSecond, int p50, int p99) {

        static Latencies of(List<Sample> samples, double seconds) {
            int[] sorted = samples.stream().mapToInt(Sample::millis).sorted().toArray();
            int errors = (int) samples.stream().filter(s -> !s.ok()).count();
            return new Latencies(sorted.length, errors, sorted.length / seconds, percentile(sorted, 50), percentile(sorted, 99));
        }

        private static int percentile(int[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }
}
