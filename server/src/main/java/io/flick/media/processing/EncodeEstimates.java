package io.flick.media.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * When will an asset be done? From measured speed: the average encode cost (seconds per second
 * of video per megapixel) of the last finished assets, applied to the work queued before and the
 * asset's own remaining work. Before anything was measured, a conservative default cost is used.
 */
@Component
public class EncodeEstimates {

    // Seconds of encoding per second of video per megapixel, measured on 2 cores with the full
    // ladder; only used until this server has measured its own.
    private static final double DEFAULT_COST = 0.35;
    private static final int SAMPLE = 20;

    private final Assets assets;
    private final Clock clock;

    EncodeEstimates(Assets assets, Clock clock) {
        this.assets = assets;
        this.clock = clock;
    }

    public Instant completion(AssetRow asset) {
        double cost = assets.encodeCostPerMegapixelSecond(SAMPLE).orElse(DEFAULT_COST);
        double queued = assets.pendingMegapixelSeconds(asset.queuedAt());
        return clock.instant().plus(Duration.ofMillis((long) (queued * cost * 1000)));
    }

    /** For a clip not queued yet. */
    public Instant completion(double durationSeconds, int width, int height) {
        double cost = assets.encodeCostPerMegapixelSecond(SAMPLE).orElse(DEFAULT_COST);
        double work = assets.pendingMegapixelSeconds(clock.instant()) + durationSeconds * width * height / 1e6;
        return clock.instant().plus(Duration.ofMillis((long) (work * cost * 1000)));
    }
}
