package io.flick.media.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import io.flick.shared.UserId;

/**
 * Queues transcoding jobs in db-scheduler's table (durable, in the caller's transaction).
 *
 * <p>Fair share, as PeerTube does it: a job's priority drops with the number of jobs its owner
 * queued in the last 24 hours, so someone uploading twenty clips does not make someone uploading
 * one wait for all twenty. db-scheduler runs due jobs highest priority first.
 */
@Component
public class TranscodeQueue {

    public static final TaskDescriptor<Void> TRANSCODE = TaskDescriptor.of("transcode", Void.class);
    private static final int LOWEST_PRIORITY = -1000;

    private final SchedulerClient scheduler;
    private final TranscodeScheduler.TranscodeWorkers workers;
    private final AssetRecords assets;
    private final Clock clock;

    TranscodeQueue(SchedulerClient scheduler, TranscodeScheduler.TranscodeWorkers workers, AssetRecords assets,
                   Clock clock) {
        this.scheduler = scheduler;
        this.workers = workers;
        this.assets = assets;
        this.clock = clock;
    }

    /** Call after the asset row exists; it counts toward its owner's share. */
    public void enqueue(long assetId, UserId owner) {
        Instant now = clock.instant();
        int earlier = assets.recentJobs(owner, now.minus(Duration.ofHours(24))) - 1;
        int priority = Math.max(LOWEST_PRIORITY, -earlier);
        // Due at once in db-scheduler's own (real) time, whatever the application clock says.
        scheduler.scheduleIfNotExists(new TaskInstance.Builder<Void>(TRANSCODE.getTaskName(), Long.toString(assetId))
                .priority(priority).scheduledTo(Instant.now()));
        // Once the job is committed, a free worker takes it at once rather than at its next poll.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workers.wake();
                }
            });
        } else {
            workers.wake();
        }
    }
}
