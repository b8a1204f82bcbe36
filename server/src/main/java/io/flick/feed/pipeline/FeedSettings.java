package io.flick.feed.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sourceDeadline how long the pipeline waits for its candidate sources; when one fails or
 *                       is late, the page comes from the precomputed trending and fresh lists
 * @param freshWindow    how young a video must be for the exploration pool
 * @param cachedPages    pages' worth of candidates kept per viewer, re-ranked on each page
 * @param sessionIdle    a paging session (and its cursor) is forgotten after this long unused
 * @param chartsRefresh  how often trending, popular and the fresh pool are brought up to date
 */
@ConfigurationProperties("flick.feed")
public record FeedSettings(@DefaultValue("150ms") Duration sourceDeadline, @DefaultValue("48h") Duration freshWindow,
                           @DefaultValue("3") int cachedPages, @DefaultValue("30m") Duration sessionIdle,
                           @DefaultValue("2s") Duration chartsRefresh) {
}
