package io.flick.platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Background work done in rounds on a thread of its own while the application runs: each round starts
 * a period after the last one ended, a failed round is logged and the next one tries again, and
 * stopping lets the round under way finish (for a few seconds at most).
 */
public abstract class PeriodicWork implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String threadName;
    private final Duration firstDelay;
    private final Duration period;
    private final String whenRoundFails;
    private volatile ScheduledExecutorService executor;

    /**
     * @param whenRoundFails what a failed round means and what happens next, for the log
     */
    protected PeriodicWork(String threadName, Duration firstDelay, Duration period, String whenRoundFails) {
        this.threadName = threadName;
        this.firstDelay = firstDelay;
        this.period = period;
        this.whenRoundFails = whenRoundFails;
    }

    /** One round of the work. */
    protected abstract void round();

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
        executor.scheduleWithFixedDelay(() -> {
            try {
                round();
            } catch (RuntimeException e) {
                log.warn(whenRoundFails, e);
            }
        }, firstDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
