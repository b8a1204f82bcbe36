package io.flick.media.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.flick.media.processing.EncodeCost.Sample;

/** The encode cost model: learnt from measured encodes, per second of input and rendition ladder. */
class EncodeCostTests {

    @Test
    void beforeAnyEncodeTheDefaultPricesAPhonesTenSecondClipAtSecondsNotMinutes() {
        // The upload page said "about 74 s" for a 10 s clip that took 10 s.
        assertThat(new EncodeCost(List.of()).seconds(10, 1080, 1920)).isBetween(5.0, 20.0);
    }

    @Test
    void aLadderOfFourRungsIsMoreWorkThanASingleRungByItsPixels() {
        // 1080p makes 1080p, 720p, 480p and 360p: 3.63 megapixels against 360p's 0.23.
        assertThat(EncodeCost.work(10, 1080, 1920) / EncodeCost.work(10, 360, 640)).isCloseTo(15.75, within(0.1));
        assertThat(EncodeCost.work(10, 1920, 1080)).isEqualTo(EncodeCost.work(10, 1080, 1920));
        assertThat(EncodeCost.work(0, 1080, 1920)).isZero();
        assertThat(EncodeCost.ladder(1080, 1920)).isEqualTo("1080p");
        assertThat(EncodeCost.ladder(180, 320)).isEqualTo("180p");
    }

    @Test
    void encodesOfOneLadderAndLengthPriceALikeClipAtTheirAverage() {
        var cost = new EncodeCost(List.of(sample(3, 6), sample(4, 6), sample(5, 6)));
        assertThat(cost.seconds(6, 360, 640)).isCloseTo(4, within(0.01));
    }

    @Test
    void encodesOfDifferentLengthsSeparateTheFixedCostFromTheCostPerSecond() {
        // Measured: 2 s fixed, 0.5 s per second of 360p input.
        var cost = new EncodeCost(List.of(sample(2 + 0.5 * 5, 5), sample(2 + 0.5 * 10, 10), sample(2 + 0.5 * 30, 30)));
        assertThat(cost.seconds(20, 360, 640)).isCloseTo(12, within(0.01));
    }

    /**
     * Tiny clips cost mostly their fixed part: read as a cost per pixel it would price a 1080p
     * upload at minutes. A ladder not encoded yet gets the default while the measured work is all alike.
     */
    @Test
    void manySmallClipsDoNotInflateTheEstimateOfALargeOne() {
        var small = List.of(sample(3.5, 6), sample(3.2, 6), sample(3.4, 6), sample(3.3, 6));
        assertThat(new EncodeCost(small).seconds(10, 1080, 1920)).isEqualTo(EncodeCost.DEFAULT.at(EncodeCost.work(10, 1080, 1920)));
    }

    @Test
    void aLadderNotEncodedYetIsPricedByWorkWhenOtherLaddersShowTheFixedAndProportionalParts() {
        // 1.5 s fixed and 0.3 s per unit of work, measured on 360p and 720p sources.
        var samples = List.of(new Sample(1.5 + 0.3 * EncodeCost.work(6, 360, 640), 6, 360, 640),
                new Sample(1.5 + 0.3 * EncodeCost.work(6, 720, 1280), 6, 720, 1280),
                new Sample(1.5 + 0.3 * EncodeCost.work(20, 720, 1280), 20, 720, 1280));
        assertThat(new EncodeCost(samples).seconds(10, 1080, 1920)).isCloseTo(1.5 + 0.3 * EncodeCost.work(10, 1080, 1920), within(0.01));
    }

    @Test
    void aTiltedFitFallsBackToTheAverageRatio() {
        // A long clip that ran alone and short ones that shared the cores: the line would slope down.
        var cost = new EncodeCost(List.of(sample(9, 5), sample(8, 6), sample(4, 30)));
        assertThat(cost.seconds(41, 360, 640)).isCloseTo(21, within(0.01));
    }

    private static Sample sample(double encodeSeconds, double durationSeconds) {
        return new Sample(encodeSeconds, durationSeconds, 360, 640);
    }
}
