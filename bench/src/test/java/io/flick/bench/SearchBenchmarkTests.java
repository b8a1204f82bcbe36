package io.flick.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search benchmark runs end to end on a small catalogue (500 videos, 100 users, a second per
 * load step, two lag samples) and produces every figure it reports. No timing is asserted: the
 * figures come from {@code SearchBenchmark} runs on demand, see docs/benchmarks/search.md.
 */
class SearchBenchmarkTests {

    @Test
    void theBenchmarkLoadsACatalogueRebuildsTheIndexAndMeasuresEveryKindAndTheIndexLag(@TempDir Path work) throws Exception {
        var settings = new SearchBenchmark.Settings(500, 100, List.of(1, 2), Duration.ofSeconds(1), 2);

        SearchBenchmark.Figures figures = SearchBenchmark.run(settings, work);

        assertThat(figures.rows()).containsEntry("video.videos", 500L).containsEntry("account.users", 100L);
        assertThat(figures.rows().get("video.hashtags")).isGreaterThanOrEqualTo(500L);
        assertThat(figures.rebuildSeconds()).isPositive();
        assertThat(figures.steps()).extracting(SearchLoad.StepFigures::concurrency).containsExactly(1, 2);
        for (SearchLoad.StepFigures step : figures.steps()) {
            assertThat(step.kinds()).containsOnlyKeys(SearchLoad.KINDS);
            assertThat(step.kinds().values()).allSatisfy(kind -> {
                assertThat(kind.requests()).as(kind.kind()).isPositive();
                assertThat(kind.failures()).as(kind.kind()).isZero();
                assertThat(kind.p99Ms()).as(kind.kind()).isGreaterThanOrEqualTo(kind.p50Ms()).isPositive();
            });
        }
        assertThat(figures.lagMs()).hasSize(2).allSatisfy(ms -> assertThat(ms).isPositive());
        assertThat(SearchBenchmark.report(settings, figures)).contains("| 2 |", "suggest", "Index lag");
    }

    @Test
    void theQueriesAreValidSearchTextsAndTheUsernamesValidNames() {
        SearchCorpus corpus = new SearchCorpus(new SearchCorpus.Shape(100, 500, 17L));
        var queries = corpus.queries(200, 3L);

        assertThat(queries).containsOnlyKeys("videos", "users", "sounds", "hashtags", "suggest");
        assertThat(queries.values()).allSatisfy(texts -> assertThat(texts).hasSize(200)
                .allSatisfy(q -> assertThat(q.strip()).hasSizeBetween(1, 100)));
        assertThat(corpus.usernames).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).matches("[a-z0-9_]{3,30}"));
    }
}
