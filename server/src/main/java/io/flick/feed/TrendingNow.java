package io.flick.feed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import io.flick.feed.model.Charts;
import io.flick.feed.model.FeedState;
import io.flick.feed.model.Item;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/**
 * The feed's trending chart for other modules (discovery's trending page and trending sounds). There
 * is one score, the chart's: hashtags, sounds and creators are ranked by summing the scores of their
 * trending videos, never scored a second way. The chart is refreshed in the background (every
 * {@code flick.feed.charts-refresh}, 2 s by default, 5 minutes at most by seed 001 FR9); this derives
 * the groups once per refresh and hands every caller the same immutable answer.
 */
@Service
public class TrendingNow {

    private final Charts charts;
    private final FeedState state;
    private volatile Derived derived = new Derived(null, Trending.NOTHING);

    TrendingNow(Charts charts, FeedState state) {
        this.charts = charts;
        this.state = state;
    }

    private record Derived(Charts.Chart chart, Trending trending) {
    }

    public Trending now() {
        Charts.Chart chart = charts.trendingChart();
        Derived current = derived;
        if (current.chart() != chart) {
            current = new Derived(chart, derive(chart));
            derived = current;
        }
        return current.trending();
    }

    private Trending derive(Charts.Chart chart) {
        List<Trending.Scored<VideoId>> videos = new ArrayList<>(chart.entries().size());
        Map<String, Double> hashtags = new HashMap<>();
        Map<Long, Double> sounds = new HashMap<>();
        Map<Long, Double> creators = new HashMap<>();
        for (Charts.Scored scored : chart.entries()) {
            Item item = state.item(scored.id()).orElse(null);
            if (item == null) {
                continue;
            }
            videos.add(new Trending.Scored<>(new VideoId(item.id()), scored.score()));
            // A tag written twice in one caption counts once for that video.
            for (String tag : new LinkedHashSet<>(item.hashtags())) {
                hashtags.merge(tag, scored.score(), Double::sum);
            }
            if (item.sound() != 0) {
                sounds.merge(item.sound(), scored.score(), Double::sum);
            }
            creators.merge(item.creator(), scored.score(), Double::sum);
        }
        return new Trending(chart.at(), List.copyOf(videos), ranked(hashtags, Function.identity()),
                ranked(sounds, SoundId::new), ranked(creators, UserId::new));
    }

    private static <R extends Comparable<R>, K> List<Trending.Scored<K>> ranked(Map<R, Double> sums, Function<R, K> key) {
        return sums.entrySet().stream()
                .sorted(Map.Entry.<R, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new Trending.Scored<>(key.apply(entry.getKey()), entry.getValue()))
                .toList();
    }
}
