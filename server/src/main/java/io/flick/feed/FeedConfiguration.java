package io.flick.feed;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.flick.feed.model.Charts;
import io.flick.feed.model.FeedState;
import io.flick.feed.pipeline.FeedSettings;
import io.flick.feed.ranking.Ranker;
import io.flick.feed.ranking.ReRanker;
import io.flick.feed.similarity.VectorIndex;
import io.flick.platform.FlickSettings;

/** The recommender's parts that are plain objects: the state, the charts, the ranker, the text model and the index. */
@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

    @Bean
    TextEmbedder textEmbedder() {
        return FeedText.embedder();
    }

    @Bean
    FeedState feedState(TextEmbedder embedder) {
        return new FeedState(embedder.dimensions());
    }

    @Bean(destroyMethod = "close")
    VectorIndex similarityIndex(FlickSettings flick, TextEmbedder embedder) {
        Path directory = flick.dataDir().resolve("feed").resolve("similarity");
        return VectorIndex.onDisk(directory, embedder.dimensions());
    }

    @Bean
    Charts charts(FeedState state, FeedSettings settings) {
        return new Charts(state, settings.freshWindow());
    }

    @Bean
    Ranker ranker(FeedState state) {
        return new Ranker(state, RankingWeights.defaults());
    }

    @Bean
    ReRanker reRanker(FeedState state) {
        return new ReRanker(state);
    }
}
