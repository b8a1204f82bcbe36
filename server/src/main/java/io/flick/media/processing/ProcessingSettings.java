package io.flick.media.processing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param concurrentEncodes encodes this node runs at once; one uses every core of a small machine
 * @param maxAttempts       runs of a job before a transient failure becomes final
 * @param retryBackoff      wait before the first retry; doubles with each further one
 */
@ConfigurationProperties("flick.media.processing")
record ProcessingSettings(@DefaultValue("1") int concurrentEncodes, @DefaultValue("3") int maxAttempts,
                          @DefaultValue("20s") Duration retryBackoff) {
}
