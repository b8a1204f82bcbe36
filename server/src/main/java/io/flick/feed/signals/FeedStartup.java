package io.flick.feed.signals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.flick.feed.model.Charts;
import io.flick.feed.pipeline.FeedSettings;

/**
 * Rebuilds the recommender's memory before the application serves (the catalogue, then every
 * journaled signal in order), and keeps the charts current while it runs: a refresh is due once the
 * application's clock has moved {@code flick.feed.charts-refresh} (2 s by default) past the last one,
 * and a due refresh is noticed within a second. Seed 001 FR9 allows trending to be 5 minutes stale at
 * most; a longer setting is warned about at start (the feed benchmark uses one on purpose, refreshing
 * the charts itself at its replay's times). Going by the clock rather than by a fixed timer keeps the
 * refresh controllable: a test that moves the clock by the interval gets a refresh.
 */
@Component
class FeedStartup implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedStartup.class);

    private final FeedItems catalog;
    private final FeedSignals signals;
    private final Charts charts;
    private final FeedSettings settings;
    private final Clock clock;
    /** Seed 001 FR9: trending is never more than this stale. */
    static final Duration MOST_STALE = Duration.ofMinutes(5);
    private static final Duration TICK = Duration.ofSeconds(1);

    private ScheduledExecutorService refresher;
    // The clock's time of this refresher's last refresh (a replay's refreshes at other times do not count).
    private volatile Instant lastRefresh;

    FeedStartup(FeedItems catalog, FeedSignals signals, Charts charts, FeedSettings settings, Clock clock) {
        this.catalog = catalog;
        this.signals = signals;
        this.charts = charts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        int items = catalog.load();
        signals.replay();
        lastRefresh = clock.instant();
        charts.refresh(lastRefresh);
        log.info("Feed state rebuilt: {} videos and their signals in {} ms", items, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public synchronized void start() {
        if (refresher == null) {
            refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("feed-charts").factory());
            if (settings.chartsRefresh().compareTo(MOST_STALE) > 0) {
                log.warn("flick.feed.charts-refresh is {}: trending may be staler than the 5 minutes seed 001 allows",
                        settings.chartsRefresh());
            }
            long tick = Math.max(1, Math.min(TICK.toMillis(), settings.chartsRefresh().toMillis()));
            refresher.scheduleWithFixedDelay(this::refreshWhenDue, tick, tick, TimeUnit.MILLISECONDS);
        }
    }

    private void refreshWhenDue() {
        try {
            Instant now = clock.instant();
            if (lastRefresh != null && now.isBefore(lastRefresh.plus(settings.chartsRefresh()))) {
                return;
            }
            lastRefresh = now;
            charts.refresh(now);
        } catch (RuntimeException e) {
            log.warn("Could not refresh the feed charts", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return refresher != null;
    }
}
