package io.flick.feed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The remembered maximum must always be what a scan of every weight would answer. */
class AffinitiesTests {

    @Test
    void maximumMatchesAScanAfterAnySequenceOfEventsIncludingFallsAndForgetting() {
        Random random = new Random(11);
        for (int run = 0; run < 50; run++) {
            Affinities<Integer> affinities = new Affinities<>(0.98);
            Map<Integer, Double> keys = new HashMap<>();
            for (int event = 0; event < 2_000; event++) {
                affinities.tick();
                int key = random.nextInt(run % 2 == 0 ? 30 : 600); // half the runs overflow the key limit
                // Mostly interest, sometimes a skip or a dismissal: weights fall as well as rise.
                double weight = random.nextDouble() < 0.7 ? random.nextDouble() * 3 : -random.nextDouble() * 2;
                affinities.add(key, weight);
                keys.put(key, 0.0);
                assertThat(affinities.max()).isEqualTo(scannedMax(affinities, keys));
            }
        }
    }

    @Test
    void noWeightsOrOnlyNegativeOnesHaveMaximumZero() {
        Affinities<String> affinities = new Affinities<>(0.98);
        assertThat(affinities.max()).isZero();
        affinities.add("skipped", -1);
        assertThat(affinities.max()).isZero();
        affinities.add("liked", 2);
        assertThat(affinities.max()).isEqualTo(2);
    }

    @Test
    void rescalingKeepsTheMaximum() {
        Affinities<String> affinities = new Affinities<>(0.5); // doubles the scale each tick: rescales quickly
        affinities.add("a", 1);
        for (int i = 0; i < 600; i++) {
            affinities.tick();
        }
        affinities.add("b", 1);
        assertThat(affinities.max()).isEqualTo(1.0);
        assertThat(affinities.get("b") / affinities.max()).isEqualTo(1.0);
    }

    private static double scannedMax(Affinities<Integer> affinities, Map<Integer, Double> keys) {
        double max = 0;
        for (int key : keys.keySet()) {
            max = Math.max(max, affinities.get(key));
        }
        return max;
    }
}
