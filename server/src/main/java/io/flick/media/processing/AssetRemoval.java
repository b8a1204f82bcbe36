package io.flick.media.processing;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.flick.media.upload.UploadKeys;
import io.flick.platform.BlobStorage;

/**
 * The durable removal of a deleted video's asset: every file under the asset's folder (renditions,
 * thumbnails, audio) and its upload's source, then the asset's row. It runs on media's own
 * db-scheduler beside the transcoding jobs, ahead of them (it is quick), survives restarts, and is
 * retried until storage lets it finish. Queued by {@link TranscodeQueue#enqueueRemoval}. An encode of the asset still running could write files
 * (or a cover being made again) could write files after they were deleted, so removal waits for
 * it; a queued one is dropped.
 */
@Component
public class AssetRemoval {

    public static final TaskDescriptor<Void> REMOVE = TaskDescriptor.of("remove-asset", Void.class);
    /** Above every transcoding job's priority (those are 0 or below). */
    static final int PRIORITY = 1_000;
    static final Duration WAIT_FOR_ENCODE = Duration.ofSeconds(5);
    static final Duration RETRY = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(AssetRemoval.class);

    private final Assets assets;
    private final BlobStorage storage;

    AssetRemoval(Assets assets, BlobStorage storage) {
        this.assets = assets;
        this.storage = storage;
    }

    /** @return false when an encode of the asset is still running, so the removal must wait */
    boolean run(long assetId) {
        var upload = assets.removedUpload(assetId);
        if (upload.isEmpty()) {
            return true; // removed already (a repeated run), or never marked removed
        }
        if (assets.running(assetId, TranscodeQueue.TRANSCODE, CoverJob.COVER)) {
            return false;
        }
        assets.dropQueuedJob(assetId);
        // Prefixes derived from ids, never from stored keys: a wrong key must not widen the deletion.
        storage.deletePrefix(AssetKeys.prefix(assetId));
        storage.deletePrefix(UploadKeys.folder(upload.get()));
        assets.delete(assetId);
        log.info("Removed the files of asset {}", assetId);
        return true;
    }

    static CustomTask<Void> task(AssetRemoval removal) {
        return Tasks.custom(REMOVE)
                .onDeadExecutionRevive()
                .onFailure((complete, operations) -> {
                    log.warn("Removing the files of asset {} failed; trying again in {}", complete.getExecution().getId(),
                            RETRY, complete.getCause().orElse(null));
                    operations.reschedule(complete, Instant.now().plus(RETRY));
                })
                .execute((instance, context) -> {
                    long assetId = Long.parseLong(instance.getId());
                    if (!removal.run(assetId)) {
                        return (complete, operations) -> operations.reschedule(complete, Instant.now().plus(WAIT_FOR_ENCODE));
                    }
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }
}
