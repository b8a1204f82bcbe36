package io.flick.media.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.flick.media.processing.EncodeCost.Sample;

/** The encode cost model: fitted to measured encodes, priced by the ladder a source gets. */
class EncodeCostTests {

    @Test
    void beforeAnyEncodeTheDefaultPricesAPhonesTenSecondClipAtSecondsNotMinutes() {
        // The upload page said "about 74 s" for a 10 s clip that took 10 s.
        double seconds = EncodeCost.fit(List.of()).seconds(10, 1080, 1920);
        assertThat(seconds).isBetween(5.0, 20.0);
    }

    @Test
    void aLadderOfFourRungsCostsMoreThanASingleRungByItsPixels() {
        // 1080p makes 1080p, 720p, 480p and 360p: 3.63 megapixels against 360p's 0.23.
        assertThat(EncodeCost.work(10, 1080, 1920) / EncodeCost.work(10, 360, 640)).isCloseTo(15.75, within(0.1));
        assertThat(EncodeCost.work(10, 1920, 1080)).isEqualTo(EncodeCost.work(10, 1080, 1920));
        assertThat(EncodeCost.work(0, 1080, 1920)).isZero();
    }

    @Test
    void encodesOfDifferentLengthsSeparateTheFixedCostFromTheProportionalOne() {
        // Measured: 2 s fixed, 0.5 s per second of 360p input.
        var samples = List.of(sample(2 + 0.5 * 5, 5), sample(2 + 0.5 * 10, 10), sample(2 + 0.5 * 30, 30));
        var cost = EncodeCost.fit(samples);
        assertThat(cost.fixedSeconds()).isCloseTo(2, within(0.01));
        assertThat(cost.seconds(20, 360, 640)).isCloseTo(12, within(0.01));
    }

    @Test
    void encodesOfOneLengthPriceALikeClipAtTheirAverage() {
        var cost = EncodeCost.fit(List.of(sample(3, 6), sample(4, 6), sample(5, 6)));
        assertThat(cost.seconds(6, 360, 640)).isCloseTo(4, within(0.01));
    }

    @Test
    void aTiltedFitFallsBackToTheAverageRatio() {
        // A long clip that ran alone and short ones that shared the cores: the line would slope down.
        var cost = EncodeCost.fit(List.of(sample(9, 5), sample(8, 6), sample(4, 30)));
        assertThat(cost.fixedSeconds()).isZero();
        assertThat(cost.secondsPerWork()).isPositive();
    }

    private static Sample sample(double encodeSeconds, double durationSeconds) {
        return new Sample(encodeSeconds, durationSeconds, 360, 640);
    }
}
