package io.flick.media.processing;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;

/**
 * Media's own db-scheduler on {@code media.transcode_jobs}: a client that queues jobs (through a
 * transaction-aware data source, so a job is queued in the caller's transaction) and workers that
 * run them. The workers' threads are the encode slots ({@link ProcessingSettings#concurrentEncodes()}),
 * so a free slot always takes the highest-priority due job: that is what makes the fair share of
 * {@link TranscodeQueue} hold. The removals of deleted videos' files ({@link AssetRemoval}) and the
 * covers made again after an edit ({@link CoverJob}) run on the same workers, ahead of any encode.
 */
@Configuration(proxyBeanMethods = false)
class TranscodeScheduler {

    static final String TABLE = "media.transcode_jobs";

    @Bean
    CustomTask<Void> transcodeTask(TranscodeJob job, ProcessingSettings settings) {
        return TranscodeTask.create(job, settings);
    }

    @Bean
    CustomTask<Void> removalTask(AssetRemoval removal) {
        return AssetRemoval.task(removal);
    }

    @Bean
    CustomTask<Void> coverTask(CoverJob job, ProcessingSettings settings) {
        return CoverJob.task(job, settings);
    }

    @Bean
    SchedulerClient transcodeJobs(DataSource dataSource, CustomTask<Void> transcodeTask, CustomTask<Void> removalTask,
                                  CustomTask<Void> coverTask) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), transcodeTask, removalTask,
                        coverTask)
                .tableName(TABLE)
                .enablePriority()
                .build();
    }

    @Bean
    TranscodeWorkers transcodeWorkers(DataSource dataSource, CustomTask<Void> transcodeTask,
                                      CustomTask<Void> removalTask, CustomTask<Void> coverTask,
                                      ProcessingSettings settings) {
        return new TranscodeWorkers(() -> Scheduler.create(dataSource, transcodeTask, removalTask, coverTask)
                .tableName(TABLE)
                .threads(settings.concurrentEncodes())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(6)
                .enablePriority()
                // Take a job only when a slot is free, never a batch ahead: a job queued later with
                // a higher priority must still go first.
                .pollUsingLockAndFetch(0.5, 1.0)
                // Stopping must not wait for a long encode: the job stays queued and runs again later.
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build());
    }

    /**
     * The workers as a lifecycle. A db-scheduler {@link Scheduler} cannot start again once stopped,
     * and Spring may stop and start a context (tests pause cached ones), so every start builds a
     * fresh one.
     */
    static final class TranscodeWorkers implements SmartLifecycle {

        private final java.util.function.Supplier<Scheduler> factory;
        private volatile Scheduler running;

        TranscodeWorkers(java.util.function.Supplier<Scheduler> factory) {
            this.factory = factory;
        }

        @Override
        public synchronized void start() {
            if (running == null) {
                running = factory.get();
                running.start();
            }
        }

        @Override
        public synchronized void stop() {
            if (running != null) {
                running.stop();
                running = null;
            }
        }

        @Override
        public boolean isRunning() {
            return running != null;
        }

        /** A job was queued: look now instead of at the next poll. */
        void wake() {
            Scheduler scheduler = running;
            if (scheduler != null) {
                scheduler.triggerCheckForDueExecutions();
            }
        }
    }
}
