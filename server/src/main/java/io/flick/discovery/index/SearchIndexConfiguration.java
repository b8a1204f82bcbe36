package io.flick.discovery.index;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.flick.platform.FlickSettings;

@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

    /** Under the data directory, beside the feed's similarity index: derived state, safe to delete. */
    @Bean
    SearchIndex searchIndex(FlickSettings flick) {
        return new SearchIndex(flick.dataDir().resolve("search").resolve("index"));
    }
}
