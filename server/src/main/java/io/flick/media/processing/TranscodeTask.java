package io.flick.media.processing;

import java.time.Instant;
import java.time.Duration;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.flick.media.ffmpeg.TranscodeException;

/**
 * The durable transcoding job in db-scheduler: it survives restarts (the row stays until done), a
 * dead worker's job is revived once its heartbeat goes stale, transient failures are retried with
 * exponential backoff, and a hostile file fails at once with its reason.
 *
 * <p>At most {@link ProcessingSettings#concurrentEncodes()} encodes run on a node; a job that finds
 * no free slot goes back to the queue for a couple of seconds without counting as a failure, so
 * the scheduler's other threads stay free for other work.
 */
@Configuration(proxyBeanMethods = false)
class TranscodeTask {

    private static final Logger log = LoggerFactory.getLogger(TranscodeTask.class);
    private static final Duration SLOT_RETRY = Duration.ofSeconds(2);

    // Execution times are db-scheduler's business and follow its own (real) clock, not the
    // application's injected one, which tests move forward.
    @Bean
    CustomTask<Void> transcode(TranscodeJob job, ProcessingSettings settings) {
        Semaphore slots = new Semaphore(settings.concurrentEncodes());
        return Tasks.custom(TranscodeQueue.TRANSCODE)
                .onDeadExecutionRevive()
                .onFailure(retryThenFail(job, settings))
                .execute((instance, context) -> {
                    long assetId = Long.parseLong(instance.getId());
                    if (!slots.tryAcquire()) {
                        return (CompletionHandler<Void>) (complete, operations) ->
                                operations.reschedule(complete, Instant.now().plus(SLOT_RETRY));
                    }
                    try {
                        job.run(assetId);
                    } catch (TranscodeException e) {
                        job.fail(assetId, e.reason().code());
                    } finally {
                        slots.release();
                    }
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }

    private static FailureHandler<Void> retryThenFail(TranscodeJob job, ProcessingSettings settings) {
        return (complete, operations) -> {
            long assetId = Long.parseLong(complete.getExecution().getId());
            int failures = complete.getExecution().consecutiveFailures + 1;
            if (failures >= settings.maxAttempts()) {
                log.warn("Transcoding asset {} failed {} times; giving up", assetId, failures,
                        complete.getCause().orElse(null));
                job.fail(assetId, "encoder_failed");
                operations.remove();
                return;
            }
            Duration wait = settings.retryBackoff().multipliedBy(1L << (failures - 1));
            log.info("Transcoding asset {} failed ({}); retrying in {}", assetId,
                    complete.getCause().map(Throwable::getMessage).orElse("unknown"), wait);
            operations.reschedule(complete, Instant.now().plus(wait));
        };
    }
}
