package io.flick.feed.similarity;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits an index writer on a fixed schedule when it has uncommitted writes. A Lucene commit
 * fsyncs the new segment files, so it is kept off the write path and batched: many puts, one fsync.
 */
final class PeriodicCommit implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(PeriodicCommit.class);

    private final ScheduledExecutorService scheduler;

    private PeriodicCommit(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static PeriodicCommit start(IndexWriter writer, String name, Duration every) {
        // A daemon thread: an index somebody forgot to close must not keep the JVM alive.
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("vector-index-commit").factory());
        long millis = every.toMillis();
        scheduler.scheduleWithFixedDelay(() -> commit(writer, name), millis, millis, TimeUnit.MILLISECONDS);
        return new PeriodicCommit(scheduler);
    }

    private static void commit(IndexWriter writer, String name) {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (AlreadyClosedException e) {
            // The index is closing; its close commits.
        } catch (IOException | RuntimeException e) {
            // Kept running: the next tick retries, and until one succeeds a crash loses only what a
            // restart re-puts anyway.
            log.warn("Could not commit the vector index in {}; retrying at the next tick", name, e);
        }
    }

    /**
     * Stops the schedule and waits for a commit in progress, so the writer can close after it. No
     * interrupt: an interrupted Lucene write can close the file channels under the writer.
     */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
