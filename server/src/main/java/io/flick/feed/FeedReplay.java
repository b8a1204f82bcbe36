package io.flick.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.flick.engagement.VideoLiked;
import io.flick.engagement.VideoShared;
import io.flick.engagement.VideoViewed;
import io.flick.feed.candidates.Candidate;
import io.flick.feed.candidates.CandidateSource;
import io.flick.feed.candidates.FeedRequest;
import io.flick.feed.model.Charts;
import io.flick.feed.model.FeedState;
import io.flick.feed.model.Taste;
import io.flick.feed.pipeline.ForYouPipeline;
import io.flick.feed.ranking.Ranker;
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
 * listeners do, so what is evaluated is what serves. For diagnosis, {@link #candidates} shows what
 * each candidate source proposes and ranks that pool under any {@link RankingWeights}. The product
 * never calls it.
 */
@Component
public class FeedReplay {

    private final FeedItems catalog;
    private final FeedSignals signals;
    private final ForYouPipeline pipeline;
    private final Charts charts;
    private final FeedState state;
    private final List<CandidateSource> sources;
    private final Clock clock;

    FeedReplay(FeedItems catalog, FeedSignals signals, ForYouPipeline pipeline, Charts charts, FeedState state,
               List<CandidateSource> sources, Clock clock) {
        this.catalog = catalog;
        this.signals = signals;
        this.pipeline = pipeline;
        this.charts = charts;
        this.state = state;
        this.sources = sources;
        this.clock = clock;
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

    /** The names of the candidate sources, in the order {@link #candidates} asks them. */
    public List<String> sources() {
        return sources.stream().map(CandidateSource::name).toList();
    }

    /**
     * What every candidate source proposes for the viewer now, each asked directly (no deadline, so a
     * slow source under a loaded harness is not left out), with the viewer's taste of this moment.
     */
    public Candidates candidates(long viewer) {
        Taste.Snapshot taste = state.taste(viewer);
        FeedRequest request = new FeedRequest(viewer, taste, Set.of(), clock.instant());
        List<Proposal> shown = new ArrayList<>();
        Map<Long, List<Candidate>> all = new HashMap<>();
        Map<Long, List<Candidate>> pool = new HashMap<>();
        for (CandidateSource source : sources) {
            for (Candidate candidate : source.candidates(request)) {
                all.computeIfAbsent(candidate.item(), id -> new ArrayList<>(2)).add(candidate);
                if (state.item(candidate.item()).map(item -> !request.excluded(item)).orElse(false)) {
                    shown.add(new Proposal(source.name(), candidate.item(), candidate.strength()));
                    pool.computeIfAbsent(candidate.item(), id -> new ArrayList<>(2)).add(candidate);
                }
            }
        }
        return new Candidates(taste, request.now().toEpochMilli(), List.copyOf(shown), pool, all);
    }

    /** One video a candidate source proposed, and how strongly (0..1, relative within the source). */
    public record Proposal(String source, long video, double strength) {
    }

    /** One viewer's candidates at one moment, to be ranked and scored under any weights. */
    public final class Candidates {

        private final Taste.Snapshot taste;
        private final long nowMillis;
        private final List<Proposal> proposals;
        private final Map<Long, List<Candidate>> pool;
        private final Map<Long, List<Candidate>> all;

        private Candidates(Taste.Snapshot taste, long nowMillis, List<Proposal> proposals, Map<Long, List<Candidate>> pool,
                           Map<Long, List<Candidate>> all) {
            this.taste = taste;
            this.nowMillis = nowMillis;
            this.proposals = proposals;
            this.pool = pool;
            this.all = all;
        }

        /** Every proposal of a video the viewer may be shown (not seen, dismissed or hidden), source by source in each source's order. */
        public List<Proposal> proposals() {
            return proposals;
        }

        /** The videos of {@link #proposals()} in the ranker's order under these weights, before re-ranking. */
        public List<Long> rank(RankingWeights weights) {
            return new Ranker(state, weights).rank(taste, pool, nowMillis).stream().map(Score::item).toList();
        }

        /**
         * The ranking score of each given video that is in the catalogue, whatever the filters say, with
         * whatever the sources proposed it with (nothing, for a video no source proposed).
         */
        public Map<Long, Double> scores(Collection<Long> videos, RankingWeights weights) {
            Ranker ranker = new Ranker(state, weights);
            Map<Long, Double> scores = new HashMap<>();
            for (long id : videos) {
                state.item(id).ifPresent(item ->
                        scores.put(id, ranker.score(taste, item, all.getOrDefault(id, List.of()), nowMillis).total()));
            }
            return scores;
        }
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
            pending.add(Signal.of(SignalKind.NOT_INTERESTED, viewer.value(), video.value(), at));
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
