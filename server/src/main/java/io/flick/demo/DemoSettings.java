package io.flick.demo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled      seed the demo catalog on the first start of an empty embedded installation
 * @param clips        how many clips to generate (at most the number of scripted ones)
 * @param retryBackoff wait before seeding again after a failure (ffmpeg that cannot run, storage);
 *                     doubles with each further failure up to {@link DemoCatalog#LONGEST_WAIT}
 */
@ConfigurationProperties("flick.demo")
record DemoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("12") int clips,
                    @DefaultValue("30s") Duration retryBackoff) {
}
