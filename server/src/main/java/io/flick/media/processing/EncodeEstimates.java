package io.flick.media.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * When will an asset be done? The {@link EncodeCost} learnt from this node's last finished encodes,
 * applied to the asset's own remaining work and to the work queued before it (shared among the
 * node's concurrent encodes). A clip not probed yet is taken at the length and size its uploader
 * declared, else as 30 s of 1080x1920.
 */
@Component
public class EncodeEstimates {

    private static final int SAMPLE = 20;

    private final Assets assets;
    private final Clock clock;
    private final int concurrentEncodes;

    EncodeEstimates(Assets assets, Clock clock, ProcessingSettings settings) {
        this.assets = assets;
        this.clock = clock;
        this.concurrentEncodes = Math.max(1, settings.concurrentEncodes());
    }

    public Instant completion(AssetRow asset) {
        EncodeCost cost = new EncodeCost(assets.recentEncodes(SAMPLE));
        double own = 0;
        double ahead = 0;
        for (var work : assets.unfinishedWork(asset.queuedAt())) {
            double seconds = cost.seconds(work.durationSeconds(), work.width(), work.height()) * (1 - work.progress());
            if (work.assetId() == asset.id()) {
                own = seconds;
            } else {
                ahead += seconds;
            }
        }
        return clock.instant().plus(Duration.ofMillis((long) ((ahead / concurrentEncodes + own) * 1000)));
    }
}
