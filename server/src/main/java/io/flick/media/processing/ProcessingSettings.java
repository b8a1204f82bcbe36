package io.flick.media.processing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param concurrentEncodes encodes this node runs at once (the transcoding scheduler's threads);
 *                          one already uses every core of a small machine
 * @param maxAttempts       runs of a job before a transient failure becomes final
 * @param retryBackoff      wait before the first retry; doubles with each further one
 * @param heartbeat         how often a worker says it is alive; a job whose worker missed six
 *                          beats (a crashed node) is run again
 * @param pollingInterval   how often idle workers look for due jobs (new jobs on this node start at once)
 */
@ConfigurationProperties("flick.media.processing")
record ProcessingSettings(@DefaultValue("1") int concurrentEncodes, @DefaultValue("3") int maxAttempts,
                          @DefaultValue("20s") Duration retryBackoff, @DefaultValue("10s") Duration heartbeat,
                          @DefaultValue("2s") Duration pollingInterval) {
}
