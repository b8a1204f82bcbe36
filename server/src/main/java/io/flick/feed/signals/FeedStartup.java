package io.flick.feed.signals;

import java.time.Clock;
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
 * journaled signal in order), and keeps the charts current while it runs.
 */
@Component
class FeedStartup implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedStartup.class);

    private final FeedItems catalog;
    private final FeedSignals signals;
    private final Charts charts;
    private final FeedSettings settings;
    private final Clock clock;
    private ScheduledExecutorService refresher;

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
        charts.refresh(clock.instant());
        log.info("Feed state rebuilt: {} videos and their signals in {} ms", items, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public synchronized void start() {
        if (refresher == null) {
            refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("feed-charts").factory());
            long every = settings.chartsRefresh().toMillis();
            refresher.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void refresh() {
        try {
            charts.refresh(clock.instant());
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
