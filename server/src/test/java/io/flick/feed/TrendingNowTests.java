package io.flick.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.flick.feed.model.Charts;
import io.flick.feed.model.FeedState;
import io.flick.feed.model.Item;
import io.flick.feed.pipeline.FeedSettings;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** The published trending chart: the chart's own scores, and groups that only sum them. */
class TrendingNowTests {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    private final FeedState state = new FeedState(4);
    private final Charts charts = new Charts(state, Duration.ofHours(48));
    private final TrendingNow trending = new TrendingNow(charts, state);

    @Test
    void hashtagsSoundsAndCreatorsAreRankedByTheSumOfTheirVideosTrendingScores() {
        publish(1, 100, 7, "dance", "fyp");
        publish(2, 100, 8, "dance");
        publish(3, 200, 7, "cooking", "fyp", "fyp");
        publish(4, 300, 0, "quiet");
        likes(1, 5);
        likes(2, 1);
        likes(3, 3);
        charts.refresh(NOW);

        Trending now = trending.now();
        Map<Long, Double> video = charts.trending().stream().collect(Collectors.toMap(Charts.Scored::id, Charts.Scored::score));
        assertThat(now.updatedAt()).isEqualTo(NOW);
        assertThat(now.videos()).extracting(s -> s.key().value()).containsExactly(1L, 3L, 2L);
        assertThat(now.videos()).allSatisfy(s -> assertThat(s.score()).isEqualTo(video.get(s.key().value())));
        // A video nobody engaged with is not on the chart, so its groups are not either.
        assertThat(now.hashtags()).extracting(Trending.Scored::key).containsExactly("fyp", "dance", "cooking");
        assertThat(score(now.hashtags(), "fyp")).isCloseTo(video.get(1L) + video.get(3L), within(1e-9));
        assertThat(score(now.hashtags(), "dance")).isCloseTo(video.get(1L) + video.get(2L), within(1e-9));
        assertThat(now.sounds()).extracting(Trending.Scored::key).containsExactly(new SoundId(7), new SoundId(8));
        assertThat(now.creators()).extracting(Trending.Scored::key).containsExactly(new UserId(100), new UserId(200));
        assertThat(score(now.creators(), new UserId(100))).isCloseTo(video.get(1L) + video.get(2L), within(1e-9));
    }

    @Test
    void theGroupsFollowTheChartAtItsNextRefreshAndNotBefore() {
        publish(1, 100, 7, "dance");
        publish(2, 200, 8, "cooking");
        likes(1, 3);
        charts.refresh(NOW);
        assertThat(trending.now().hashtags()).extracting(Trending.Scored::key).containsExactly("dance");

        likes(2, 9);
        assertThat(trending.now().hashtags()).as("until the chart is refreshed").extracting(Trending.Scored::key)
                .containsExactly("dance");
        charts.refresh(NOW.plusSeconds(2));
        Trending later = trending.now();
        assertThat(later.updatedAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(later.videos()).extracting(Trending.Scored::key).containsExactly(new VideoId(2), new VideoId(1));
        assertThat(later.hashtags()).extracting(Trending.Scored::key).containsExactly("cooking", "dance");
        assertThat(later.sounds()).extracting(Trending.Scored::key).containsExactly(new SoundId(8), new SoundId(7));
        assertThat(trending.now()).as("derived once per refresh").isSameAs(later);
    }

    /** Seed 001 FR9: trending at most 5 minutes stale. The refresh itself is shown by TrendingApiTests. */
    @Test
    void theChartsAreRefreshedEveryTwoSecondsByDefaultWellWithinFiveMinutes() {
        FeedSettings defaults = new Binder(new MapConfigurationPropertySource()).bindOrCreate("flick.feed", FeedSettings.class);
        assertThat(defaults.chartsRefresh()).isEqualTo(Duration.ofSeconds(2)).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    private void publish(long id, long creator, long sound, String... tags) {
        state.applyPublished(new Item(id, creator, sound, List.of(tags), 20, NOW.minus(Duration.ofHours(1)), true, null));
    }

    private void likes(long video, int count) {
        for (int i = 0; i < count; i++) {
            state.applyLike(1_000 + i, video, NOW.minusSeconds(60));
        }
    }

    private static <K> double score(List<Trending.Scored<K>> list, K key) {
        return list.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().score();
    }
}
