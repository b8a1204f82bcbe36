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
 * <p>Fair share between accounts, round by round: a job's priority is first its place in its
 * owner's own queue (how many of the owner's jobs are unfinished ahead of it), then, within one
 * place, how many jobs the owner queued in the last 24 hours (as PeerTube does). db-scheduler runs
 * due jobs highest priority first, so everyone's next job runs before anyone's second-next: an
 * account queueing a hundred clips delays another account's next one by its own first clip at most,
 * even when all hundred were queued before. A job's place is counted under a per-owner lock, so
 * uploads completed at the same moment do not all count as first.
 */
@Component
public class TranscodeQueue {

    public static final TaskDescriptor<Void> TRANSCODE = TaskDescriptor.of("transcode", Void.class);
    /** Priorities of one place in an owner's queue: the 24 h history only orders jobs within a place. */
    static final int PLACE_STEP = 100;
    // The column is a SMALLINT.
    private static final int LOWEST_PRIORITY = -32_000;

    private final SchedulerClient scheduler;
    private final TranscodeScheduler.TranscodeWorkers workers;
    private final Assets assets;
    private final Clock clock;

    TranscodeQueue(SchedulerClient scheduler, TranscodeScheduler.TranscodeWorkers workers, Assets assets,
                   Clock clock) {
        this.scheduler = scheduler;
        this.workers = workers;
        this.assets = assets;
        this.clock = clock;
    }

    /** Queues the making of an asset's cover again (its time changed), in the caller's transaction. */
    public void enqueueCover(long assetId) {
        scheduler.scheduleIfNotExists(new TaskInstance.Builder<Void>(CoverJob.COVER.getTaskName(), Long.toString(assetId))
                .priority(CoverJob.PRIORITY).scheduledTo(Instant.now()));
        wakeAfterCommit();
    }

    /** Queues the removal of a removed asset's files, in the caller's transaction. */
    public void enqueueRemoval(long assetId) {
        scheduler.scheduleIfNotExists(new TaskInstance.Builder<Void>(AssetRemoval.REMOVE.getTaskName(), Long.toString(assetId))
                .priority(AssetRemoval.PRIORITY).scheduledTo(Instant.now()));
        wakeAfterCommit();
    }

    /** Call after the asset row exists, in the same transaction; it counts toward its owner's share. */
    public void enqueue(long assetId, UserId owner) {
        Instant now = clock.instant();
        assets.lockQueueOf(owner);
        long ahead = assets.unfinishedJobs(owner) - 1L;
        long earlierToday = Math.min(PLACE_STEP - 1, assets.recentJobs(owner, now.minus(Duration.ofHours(24))) - 1L);
        int priority = (int) Math.max(LOWEST_PRIORITY, -(ahead * PLACE_STEP + Math.max(0, earlierToday)));
        // Due at once in db-scheduler's own (real) time, whatever the application clock says.
        scheduler.scheduleIfNotExists(new TaskInstance.Builder<Void>(TRANSCODE.getTaskName(), Long.toString(assetId))
                .priority(priority).scheduledTo(Instant.now()));
        wakeAfterCommit();
    }

    // Once the job is committed, a free worker takes it at once rather than at its next poll.
    private void wakeAfterCommit() {
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
