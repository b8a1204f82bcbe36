package io.flick.discovery.index;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search index's settings ({@code flick.search.*}).
 *
 * @param rebuildOnStart  rebuild the index from the other modules at every start, serving degraded
 *                        meanwhile (it is rebuilt anyway when missing, unfinished or corrupt)
 * @param engagementFlush how often likes and views reach the index's ranking figures (per video at
 *                        most once a round)
 */
@ConfigurationProperties("flick.search")
public record SearchSettings(@DefaultValue("false") boolean rebuildOnStart,
                             @DefaultValue("5s") Duration engagementFlush) {
}
