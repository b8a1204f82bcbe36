package io.flick.media.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.flick.media.ffmpeg.FailureReason;
import io.flick.media.ffmpeg.FfmpegUnavailable;
import io.flick.media.ffmpeg.TranscodeException;

/**
 * The durable transcoding job: it survives restarts (the row stays until done), a dead worker's job
 * is revived once its heartbeat goes stale, transient failures are retried with exponential
 * backoff, a hostile file fails at once with its reason, an encode interrupted by a stop of the node
 * runs again at the next start, and while ffmpeg cannot run at all the job waits (every retry backoff)
 * without using up its attempts.
 */
final class TranscodeTask {

    private static final Logger log = LoggerFactory.getLogger(TranscodeTask.class);

    private TranscodeTask() {
    }

    static CustomTask<Void> create(TranscodeJob job, ProcessingSettings settings) {
        return Tasks.custom(TranscodeQueue.TRANSCODE)
                .onDeadExecutionRevive()
                .onFailure(retryThenFail(job, settings))
                .execute((instance, context) -> {
                    long assetId = Long.parseLong(instance.getId());
                    try {
                        job.run(assetId);
                    } catch (TranscodeException e) {
                        if (e.reason() == FailureReason.CANCELLED) {
                            // The node is stopping and interrupted its worker: neither the clip's fault nor the
                            // end of the job. It stays queued (no attempt used) for the next start, or for
                            // another node; what was already stored is resumed, not encoded again.
                            log.info("Encoding asset {} was interrupted by a stop; it will run again", assetId);
                            return (complete, operations) -> operations.reschedule(complete, Instant.now());
                        }
                        job.fail(assetId, e.reason().code());
                    } catch (FfmpegUnavailable e) {
                        // Not the file's fault and no attempt of its own: it waits, however long the repair takes.
                        log.warn("Asset {} waits {}: {} (the health of media processing is DOWN until it runs)", assetId,
                                settings.retryBackoff(), e.getMessage());
                        return (complete, operations) -> operations.reschedule(complete,
                                Instant.now().plus(settings.retryBackoff()));
                    }
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }

    // Execution times are db-scheduler's business and follow its own (real) clock, not the
    // application's injected one, which tests move forward.
    private static FailureHandler<Void> retryThenFail(TranscodeJob job, ProcessingSettings settings) {
        return (complete, operations) -> {
            long assetId = Long.parseLong(complete.getExecution().getId());
            int failures = complete.getExecution().consecutiveFailures + 1;
            if (failures >= settings.maxAttempts()) {
                log.warn("Transcoding asset {} failed {} times; giving up", assetId, failures,
                        complete.getCause().orElse(null));
                job.fail(assetId, givenUp(complete.getCause().orElse(null)).code());
                operations.remove();
                return;
            }
            Duration wait = settings.retryBackoff().multipliedBy(1L << (failures - 1));
            log.info("Transcoding asset {} failed ({}); retrying in {}", assetId,
                    complete.getCause().map(Throwable::getMessage).orElse("unknown"), wait);
            operations.reschedule(complete, Instant.now().plus(wait));
        };
    }

    /**
     * The reason a job fails with once its attempts are used up: storage (the work directory, blob
     * storage, which throw I/O exceptions) when a file could not be read or written, otherwise the encoder.
     */
    static FailureReason givenUp(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return FailureReason.STORAGE_FAILED;
            }
        }
        return FailureReason.ENCODER_FAILED;
    }
}
