package io.flick.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.engagement.VideoLiked;
import io.flick.engagement.VideoViewed;
import io.flick.feed.candidates.FeedReason;
import io.flick.feed.model.Charts;
import io.flick.feed.model.FeedState;
import io.flick.feed.model.Item;
import io.flick.feed.pipeline.FeedSession;
import io.flick.feed.pipeline.FeedSessions;
import io.flick.feed.pipeline.ForYouPipeline;
import io.flick.feed.ranking.ReRanker;
import io.flick.feed.ranking.Score;
import io.flick.feed.signals.FeedItems;
import io.flick.feed.signals.FeedSignals;
import io.flick.feed.signals.Signal;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.support.IntegrationTest;
import io.flick.support.SlowCandidateSource;
import io.flick.video.Privacy;
import io.flick.video.VideoPublished;

/**
 * The For You pipeline on a made-up catalogue, through its real parts (catalogue, signals, sources,
 * ranker, sessions): the paging invariants over many pages, the diversity rules, the hard filters,
 * cold start turning personal, exploration of new videos, and the fallback.
 */
class ForYouPipelineTests extends IntegrationTest {

    @Autowired
    FeedItems feedCatalog;
    @Autowired
    FeedSignals signals;
    @Autowired
    ForYouPipeline pipeline;
    @Autowired
    FeedSessions sessions;
    @Autowired
    FeedState state;
    @Autowired
    Charts charts;
    @Autowired
    FeedReplay replay;

    SyntheticCatalog catalog;
    Instant now;

    @BeforeEach
    void catalogue() {
        catalog = new SyntheticCatalog(feedCatalog, signals);
        now = clock.instant();
    }

    @AfterEach
    void fast() {
        SlowCandidateSource.SLOW.set(false);
    }

    @Test
    void pagingNeverRepeatsAVideoAndWhatTheUserWatchedOrDismissedNeverComesBack() {
        List<Item> items = new ArrayList<>(catalog.topic("travel", "a road trip through the mountains", 80, 30, now));
        items.addAll(catalog.topic("pets", "my cat learns a new trick", 80, 30, now));
        popularise(items.subList(0, 60));
        charts.refresh(clock.instant());
        long user = SyntheticCatalog.newId();
        Set<Long> gone = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            catalog.watch(user, items.get(i * 3), true, now);
            gone.add(items.get(i * 3).id());
        }
        signals.record(Signal.of(SignalKind.NOT_INTERESTED, user, items.get(1).id(), now));
        gone.add(items.get(1).id());

        Set<Long> goneBefore = Set.copyOf(gone);
        FeedSession session = sessions.resume(null, user, ForYouPipeline.FEED);
        List<Long> served = new ArrayList<>();
        for (int page = 0; page < 12; page++) {
            List<Score> scores = pipeline.next(session, user, 10).items();
            assertThat(scores).isNotEmpty();
            scores.forEach(score -> served.add(score.item()));
            // The user watches the first two of each page, dismisses the third.
            catalog.watch(user, state.item(scores.get(0).item()).orElseThrow(), true, now);
            catalog.watch(user, state.item(scores.get(1).item()).orElseThrow(), false, now);
            signals.record(Signal.of(SignalKind.NOT_INTERESTED, user, scores.get(2).item(), now));
            gone.addAll(List.of(scores.get(0).item(), scores.get(1).item(), scores.get(2).item()));
        }

        assertThat(served).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(100).doesNotContainAnyElementsOf(goneBefore);
        // A new session (no cursor) never brings back what was watched or dismissed either.
        for (int page = 0; page < 5; page++) {
            FeedSession fresh = sessions.resume(null, user, ForYouPipeline.FEED);
            assertThat(pipeline.next(fresh, user, 20).items()).extracting(Score::item).doesNotContainAnyElementsOf(gone);
        }
    }

    @Test
    void aPageKeepsCreatorsApartAndUsesOneSoundAtMostThreeTimes() {
        List<Item> items = catalog.topic("dance", "a new dance move", 120, 40, now);
        popularise(items);
        charts.refresh(clock.instant());
        long user = SyntheticCatalog.newId();

        FeedSession session = sessions.resume(null, user, ForYouPipeline.FEED);
        for (int page = 0; page < 4; page++) {
            List<Item> shown = pipeline.next(session, user, 20).items().stream()
                    .map(score -> state.item(score.item()).orElseThrow()).toList();
            assertThat(shown).hasSize(20);
            for (int i = 0; i < shown.size(); i++) {
                Set<Long> window = new HashSet<>();
                for (int j = Math.max(0, i - ReRanker.CREATOR_WINDOW + 1); j <= i; j++) {
                    assertThat(window.add(shown.get(j).creator())).as("creator repeated within five at %d", i).isTrue();
                }
            }
            Map<Long, Long> perSound = shown.stream().filter(item -> item.sound() != 0)
                    .collect(Collectors.groupingBy(Item::sound, Collectors.counting()));
            assertThat(perSound.values()).allMatch(count -> count <= ReRanker.MAX_PER_SOUND);
        }
    }

    @Test
    void aHiddenCreatorsVideosNoLongerAppear() {
        List<Item> items = catalog.topic("comedy", "the funniest prank ever", 40, 4, now);
        popularise(items);
        charts.refresh(clock.instant());
        long user = SyntheticCatalog.newId();
        FeedSession session = sessions.resume(null, user, ForYouPipeline.FEED);
        // Hide a creator who is there right now (other tests' videos share the catalogue).
        long hidden = creators(pipeline.next(session, user, 20).items()).getFirst();

        signals.record(Signal.of(SignalKind.HIDE, user, hidden, now));

        for (int page = 0; page < 4; page++) {
            assertThat(creators(pipeline.next(session, user, 10).items())).doesNotContain(hidden);
        }
        assertThat(creators(pipeline.top(user, 100))).doesNotContain(hidden);
    }

    @Test
    void aNewUsersFeedTurnsPersonalWithinFifteenViews() {
        List<Item> cooking = catalog.topic("cooking", "an easy pasta recipe for dinner", 60, 30, now);
        List<Item> football = catalog.topic("football", "the best goals of the football season", 60, 30, now);
        popularise(cooking);
        popularise(football);
        charts.refresh(clock.instant());
        long user = SyntheticCatalog.newId();

        Set<Long> cookingIds = cooking.stream().map(Item::id).collect(Collectors.toSet());
        Set<Long> footballIds = football.stream().map(Item::id).collect(Collectors.toSet());
        List<Score> first = pipeline.top(user, 20);
        long cookingBefore = first.stream().filter(s -> cookingIds.contains(s.item())).count();
        long footballBefore = first.stream().filter(s -> footballIds.contains(s.item())).count();
        assertThat(footballBefore).as("a cold start shows both topics").isPositive();

        for (int i = 0; i < 15; i++) {
            catalog.watch(user, cooking.get(i), true, now);
            catalog.watch(user, football.get(i), false, now);
        }

        List<Score> after = pipeline.top(user, 20);
        long cookingAfter = after.stream().filter(s -> cookingIds.contains(s.item())).count();
        long footballAfter = after.stream().filter(s -> footballIds.contains(s.item())).count();
        assertThat(cookingAfter).isGreaterThan(cookingBefore).isGreaterThan(3 * footballAfter);
    }

    @Test
    void everyNewVideoGetsAFirstAudienceAndItsEarlyCompletionDecidesWhetherItEarnsMore() {
        List<Item> older = catalog.topic("music", "a guitar cover of a classic song", 40, 20, now);
        popularise(older);
        Item loved = catalog.publish(SyntheticCatalog.newId(), 0, List.of("music"), "a new song nobody heard yet", 30, now);
        Item skipped = catalog.publish(SyntheticCatalog.newId(), 0, List.of("music"), "another new song", 30, now);
        charts.refresh(clock.instant());
        assertThat(charts.fresh()).contains(loved.id(), skipped.id());

        long user = SyntheticCatalog.newId();
        List<Score> page = pipeline.next(sessions.resume(null, user, ForYouPipeline.FEED), user, 10).items();
        assertThat(page.get(ReRanker.EXPLORATION_EVERY - 1).reason()).isEqualTo(FeedReason.FRESH);

        for (int i = 0; i < Charts.EARLY_VIEWS; i++) {
            long viewer = SyntheticCatalog.newId();
            catalog.watch(viewer, loved, true, now);
            catalog.watch(viewer, skipped, false, now);
        }
        charts.refresh(clock.instant());

        assertThat(charts.fresh()).contains(loved.id()).doesNotContain(skipped.id());
    }

    @Test
    void trendingFollowsRecentEngagementNotOldEngagement() {
        Item hot = catalog.publish(SyntheticCatalog.newId(), 0, List.of("news"), "breaking news today", 30, now.minus(Duration.ofDays(3)));
        Item cooled = catalog.publish(SyntheticCatalog.newId(), 0, List.of("news"), "old news from last week", 30, now.minus(Duration.ofDays(3)));
        for (int i = 0; i < 40; i++) {
            long viewer = SyntheticCatalog.newId();
            catalog.watch(viewer, hot, true, now.minus(Duration.ofMinutes(30)));
            catalog.like(viewer, hot, now.minus(Duration.ofMinutes(30)));
            catalog.watch(viewer, cooled, true, now.minus(Duration.ofDays(2)));
            catalog.like(viewer, cooled, now.minus(Duration.ofDays(2)));
        }
        charts.refresh(clock.instant());

        List<Long> trending = charts.trending().stream().map(Charts.Scored::id).toList();
        assertThat(trending).contains(hot.id());
        assertThat(trending.indexOf(hot.id())).isLessThan(trending.contains(cooled.id()) ? trending.indexOf(cooled.id()) : Integer.MAX_VALUE);
    }

    @Test
    void theNextPagesComeFromTheViewersCachedCandidatesUntilAFollowADismissalOrAHide() {
        List<Item> items = catalog.topic("cooking", "a quick pasta recipe for weeknights", 60, 20, now);
        popularise(items.subList(0, 30));
        charts.refresh(clock.instant());
        long user = SyntheticCatalog.newId();
        long other = SyntheticCatalog.newId();

        List<Long> first = pagesAsked(user, 1);
        assertThat(first).containsExactly(user);
        // A new session of the same person (the app opened again) starts from the cached candidates...
        assertThat(pagesAsked(user, 1)).isEmpty();
        // ...which are theirs alone: another person's page gathers its own.
        assertThat(pagesAsked(other, 1)).containsExactly(other);

        signals.record(Signal.of(SignalKind.FOLLOW, user, items.get(5).creator(), now));
        assertThat(pagesAsked(user, 1)).as("after a follow").containsExactly(user);
        signals.record(Signal.of(SignalKind.NOT_INTERESTED, user, items.get(6).id(), now));
        assertThat(pagesAsked(user, 1)).as("after not interested").containsExactly(user);
        signals.record(Signal.of(SignalKind.HIDE, user, items.get(7).creator(), now));
        assertThat(pagesAsked(user, 1)).as("after a hide").containsExactly(user);
        // Visitors have no identity across sessions: each session gathers its own.
        assertThat(pagesAsked(null, 1)).containsExactly(0L);
        assertThat(pagesAsked(null, 1)).containsExactly(0L);
    }

    /** Whom the sources were asked for while serving {@code pages} pages of a new session. */
    private List<Long> pagesAsked(Long viewer, int pages) {
        SlowCandidateSource.ASKED.clear();
        FeedSession session = sessions.resume(null, viewer, ForYouPipeline.FEED);
        for (int page = 0; page < pages; page++) {
            pipeline.next(session, viewer, 5);
        }
        return List.copyOf(SlowCandidateSource.ASKED);
    }

    @Test
    void aSlowSourceMakesThePageComeFromThePrecomputedListsStillWithoutWhatTheUserWatched() {
        List<Item> items = catalog.topic("science", "a simple science experiment at home", 30, 15, now);
        popularise(items);
        charts.refresh(clock.instant());
        long user = SyntheticCatalog.newId();
        Item watched = charts.trending().stream().map(s -> state.item(s.id()).orElseThrow()).findFirst().orElseThrow();
        catalog.watch(user, watched, true, now);

        SlowCandidateSource.SLOW.set(true);
        ForYouPipeline.Page page = pipeline.next(sessions.resume(null, user, ForYouPipeline.FEED), user, 10);

        assertThat(page.fallback()).isTrue();
        assertThat(page.missing()).contains("test_slow");
        assertThat(page.items()).isNotEmpty().extracting(Score::item).doesNotContain(watched.id());
        assertThat(page.items()).extracting(Score::reason).isSubsetOf(FeedReason.TRENDING, FeedReason.FRESH);
    }

    @Test
    void aReplayedHistoryOfOtherModulesEventsIsRankedAndScoredThroughThePublishedEntryPoint() {
        // Older than the fresh window: a history, and kept out of the exploration pool other tests look at.
        Instant then = now.minus(Duration.ofDays(10));
        List<VideoId> videos = new ArrayList<>();
        List<FeedReplay.Video> published = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            VideoId video = new VideoId(SyntheticCatalog.newId());
            videos.add(video);
            published.add(new FeedReplay.Video(new VideoPublished(video, new UserId(SyntheticCatalog.newId()), Privacy.PUBLIC,
                    "a walk by the river", List.of("river"), List.of(), null, 20, then), Optional.empty()));
        }
        replay.publish(published);
        UserId fan = new UserId(SyntheticCatalog.newId());
        UserId viewer = new UserId(SyntheticCatalog.newId());
        FeedReplay.Batch batch = replay.batch();
        batch.viewed(new VideoViewed(videos.get(0), fan, 20, 1.0, "fyp", then.plus(Duration.ofHours(1))));
        batch.liked(new VideoLiked(videos.get(0), fan), then.plus(Duration.ofHours(1)));
        batch.viewed(new VideoViewed(videos.get(1), viewer, 20, 1.0, "fyp", then.plus(Duration.ofHours(1))));
        batch.notInterested(viewer, videos.get(2), then.plus(Duration.ofHours(1)));
        assertThat(batch.flush()).isEqualTo(4);
        assertThat(batch.size()).isZero();
        replay.refreshCharts(clock.instant());

        List<Long> ids = videos.stream().map(VideoId::value).toList();
        Map<Long, Double> scores = replay.scores(viewer.value(), ids);
        assertThat(scores).containsOnlyKeys(ids);
        // Watched to the end and liked by someone beats untouched: the replayed events reached the ranking.
        assertThat(scores.get(ids.get(0))).isGreaterThan(scores.get(ids.get(2)));
        // What the viewer watched or dismissed is not served to them again.
        assertThat(replay.top(viewer.value(), 50)).doesNotContain(ids.get(1), ids.get(2));
    }

    @Test
    void theReplaysCandidatesSayWhichSourceProposedWhatAndRankUnderTheWeightsGiven() {
        Instant then = now.minus(Duration.ofDays(10));
        List<FeedReplay.Video> published = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            published.add(new FeedReplay.Video(new VideoPublished(new VideoId(SyntheticCatalog.newId()),
                    new UserId(SyntheticCatalog.newId()), Privacy.PUBLIC, "bread from scratch", List.of("baking"), List.of(), null,
                    20, then), Optional.empty()));
        }
        replay.publish(published);
        List<Long> ids = published.stream().map(v -> v.event().video().value()).toList();
        UserId viewer = new UserId(SyntheticCatalog.newId());
        FeedReplay.Batch batch = replay.batch();
        for (long id : ids) {
            // Others finish and like them, so the charts propose them.
            for (int fan = 0; fan < 3; fan++) {
                UserId someone = new UserId(SyntheticCatalog.newId());
                batch.viewed(new VideoViewed(new VideoId(id), someone, 20, 1.0, "fyp", then.plus(Duration.ofHours(1))));
                batch.liked(new VideoLiked(new VideoId(id), someone), then.plus(Duration.ofHours(1)));
            }
        }
        batch.viewed(new VideoViewed(new VideoId(ids.get(0)), viewer, 20, 1.0, "fyp", then.plus(Duration.ofHours(2))));
        batch.flush();
        replay.refreshCharts(clock.instant());

        FeedReplay.Candidates candidates = replay.candidates(viewer.value());
        assertThat(candidates.proposals()).isNotEmpty();
        assertThat(candidates.proposals()).extracting(FeedReplay.Proposal::source).isSubsetOf(replay.sources());
        // Only what the viewer may be shown: not the video they watched.
        Set<Long> proposed = candidates.proposals().stream().map(FeedReplay.Proposal::video).collect(Collectors.toSet());
        assertThat(proposed).doesNotContain(ids.get(0)).contains(ids.get(1), ids.get(2), ids.get(3));
        List<Long> ranked = candidates.rank(RankingWeights.defaults());
        assertThat(ranked).containsExactlyInAnyOrderElementsOf(proposed);
        // With every weight zero all scores tie, and ties go by id: the weights given are the ones used.
        RankingWeights none = new RankingWeights(0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(candidates.rank(none)).isSortedAccordingTo(Long::compare);
        assertThat(candidates.scores(ids, none)).containsOnlyKeys(ids).allSatisfy((id, score) -> assertThat(score).isZero());
        // Scored whatever the filters say, as the pipeline scores them.
        Map<Long, Double> scores = candidates.scores(ids, RankingWeights.defaults());
        assertThat(scores).containsOnlyKeys(ids);
        assertThat(scores.get(ids.get(1))).isPositive();
    }

    /** Other people watch (most to the end) and like these, so the charts know them. */
    private void popularise(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            for (int v = 0; v < 3 + i % 5; v++) {
                long viewer = SyntheticCatalog.newId();
                catalog.watch(viewer, items.get(i), v % 4 != 0, now.minus(Duration.ofHours(1)));
                if (v == 0) {
                    catalog.like(viewer, items.get(i), now.minus(Duration.ofHours(1)));
                }
            }
        }
    }

    private List<Long> creators(List<Score> scores) {
        return scores.stream().map(s -> state.item(s.item()).orElseThrow().creator()).toList();
    }
}
