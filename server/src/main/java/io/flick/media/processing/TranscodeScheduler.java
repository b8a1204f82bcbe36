package io.flick.media.processing;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.Scheduler;

/**
 * Media's own db-scheduler on {@code media.transcode_jobs}. Its threads are the encode slots
 * ({@link ProcessingSettings#concurrentEncodes()}), so a free slot always takes the highest-priority
 * due job: that is what makes the fair share of {@link TranscodeQueue} hold. Scheduling goes
 * through a transaction-aware data source, so a job is queued in the caller's transaction.
 * Started once the application is ready; stopped before the database goes away.
 */
@Configuration(proxyBeanMethods = false)
class TranscodeScheduler {

    @Bean
    Scheduler transcodeJobs(DataSource dataSource, TranscodeJob job, ProcessingSettings settings) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), TranscodeTask.create(job, settings))
                .tableName("media.transcode_jobs")
                .threads(settings.concurrentEncodes())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(6)
                .enablePriority()
                // Take a job only when a slot is free, never a batch ahead: a job queued later with
                // a higher priority must still go first.
                .pollUsingLockAndFetch(0.5, 1.0)
                .enableImmediateExecution()
                // Stopping must not wait for a long encode: the job stays queued and runs again later.
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    @Bean
    SmartLifecycle transcodeJobsLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
