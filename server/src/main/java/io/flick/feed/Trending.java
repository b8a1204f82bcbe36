package io.flick.feed;

import java.time.Instant;
import java.util.List;

import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/**
 * What is rising now, as of one refresh of the feed's trending chart: its videos with their scores
 * (seed 001's trending score), and the hashtags, sounds and creators of those videos, each scored by
 * the sum of its videos' scores. Best first, ties by key. Every list is caller-independent: pages
 * that show it filter what their caller may see.
 *
 * @param updatedAt the time the chart was computed for (null only before the first refresh)
 */
public record Trending(Instant updatedAt, List<Scored<VideoId>> videos, List<Scored<String>> hashtags,
                       List<Scored<SoundId>> sounds, List<Scored<UserId>> creators) {

    static final Trending NOTHING = new Trending(null, List.of(), List.of(), List.of(), List.of());

    /** @param key a video id, a hashtag (lower case, no #), a sound id or a creator's user id */
    public record Scored<K>(K key, double score) {
    }
}
