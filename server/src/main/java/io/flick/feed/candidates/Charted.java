package io.flick.feed.candidates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import io.flick.feed.model.Charts;
import io.flick.feed.model.FeedState;

/** The sources read off the precomputed charts: trending, popular and the fresh pool. */
@Configuration(proxyBeanMethods = false)
class Charted {

    @Bean
    @Order(2)
    CandidateSource trending(FeedState state, Charts charts) {
        return new ChartSource(FeedReason.TRENDING, state, charts, c -> c.trending().stream().map(Charts.Scored::id).toList(), 200);
    }

    @Bean
    @Order(3)
    CandidateSource popular(FeedState state, Charts charts) {
        return new ChartSource(FeedReason.POPULAR, state, charts, c -> c.popular().stream().map(Charts.Scored::id).toList(), 200);
    }

    /** Seed 003's exploration pool: new videos earning their first audience. */
    @Bean
    @Order(4)
    CandidateSource fresh(FeedState state, Charts charts) {
        return new ChartSource(FeedReason.FRESH, state, charts, Charts::fresh, 60);
    }
}
