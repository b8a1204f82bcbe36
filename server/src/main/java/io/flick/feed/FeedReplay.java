package io.flick.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.flick.engagement.VideoLiked;
import io.flick.engagement.VideoShared;
import io.flick.engagement.VideoViewed;
import io.flick.feed.model.Charts;
import io.flick.feed.pipeline.ForYouPipeline;
import io.flick.feed.ranking.Score;
import io.flick.feed.signals.FeedItems;
import io.flick.feed.signals.FeedEventListeners;
import io.flick.feed.signals.FeedSignals;
import io.flick.feed.signals.Signal;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.social.UserFollowed;
import io.flick.sound.SoundSummary;
import io.flick.video.VideoPublished;

/**
 * The feed's entry point for an offline evaluation (the bench's feed harness): a recorded history
 * goes in as the other modules' events, in bulk and with its own times, and For You's ranking and
 * scores come out as plain ids and numbers. Events are turned into signals exactly as the module's
 * listeners do, so what is evaluated is what serves. The product never calls it.
 */
@Component
public class FeedReplay {

    private final FeedItems catalog;
    private final FeedSignals signals;
    private final ForYouPipeline pipeline;
    private final Charts charts;

    FeedReplay(FeedItems catalog, FeedSignals signals, ForYouPipeline pipeline, Charts charts) {
        this.catalog = catalog;
        this.signals = signals;
        this.pipeline = pipeline;
        this.charts = charts;
    }

    /** A published video and its sound, if it has one (the sound's name is part of the video's text). */
    public record Video(VideoPublished event, Optional<SoundSummary> sound) {
    }

    /** Adds the videos to the catalogue, embeddings included. */
    public void publish(List<Video> videos) {
        catalog.add(videos.stream().map(v -> FeedEventListeners.published(v.event(), v.sound())).toList());
    }

    /** A new, empty batch of engagement to replay. */
    public Batch batch() {
        return new Batch();
    }

    /** Recomputes the trending, popular and fresh charts as of the given time. */
    public void refreshCharts(Instant now) {
        charts.refresh(now);
    }

    /** The viewer's first {@code n} For You video ids, best first, as a fresh session would get them. */
    public List<Long> top(long viewer, int n) {
        return pipeline.top(viewer, n).stream().map(Score::item).toList();
    }

    /** The viewer's ranking score of each of the given videos. */
    public Map<Long, Double> scores(long viewer, Collection<Long> videos) {
        return pipeline.score(viewer, videos).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().total()));
    }

    /** Engagement collected in order and recorded together: one journal write for many events. */
    public final class Batch {

        private final List<Signal> pending = new ArrayList<>();

        private Batch() {
        }

        public void viewed(VideoViewed event) {
            pending.add(FeedEventListeners.signal(event));
        }

        public void liked(VideoLiked event, Instant at) {
            pending.add(FeedEventListeners.signal(event, at));
        }

        public void shared(VideoShared event) {
            pending.add(FeedEventListeners.signal(event));
        }

        public void followed(UserFollowed event, Instant at) {
            pending.add(FeedEventListeners.signal(event, at));
        }

        /** The viewer's "not interested" on a video, as the feed's own endpoint records it. */
        public void notInterested(UserId viewer, VideoId video, Instant at) {
            pending.add(Signal.of(Signal.Kind.NOT_INTERESTED, viewer.value(), video.value(), at));
        }

        public int size() {
            return pending.size();
        }

        /** Records what is pending; returns how many signals that was. */
        public int flush() {
            signals.record(pending);
            int recorded = pending.size();
            pending.clear();
            return recorded;
        }
    }
}
