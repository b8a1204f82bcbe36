package io.flick.challenge;

import static io.flick.challenge.ChallengeClient.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import io.flick.engagement.VideoLiked;
import io.flick.engagement.VideoViewed;
import io.flick.media.samples.SampleClips;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.support.Accounts.Login;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import io.flick.video.Privacy;
import io.flick.video.VideoDeleted;
import io.flick.video.VideoEdited;

/**
 * Entries and the leaderboard: which videos enter, and the score (a view by an account 1, a like 3,
 * a share 5, a whole watch 2) with its anti-gaming rules, one by one. Each rule is shown beside an
 * action that does count, and the module's listeners are awaited idle before the board is read, so
 * "nothing moved" is a fact and not a race.
 */
class LeaderboardTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SampleClips sampleClips;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    ChallengeClient challenges;
    PublishedVideos videos;

    @BeforeEach
    void client() {
        challenges = new ChallengeClient(api, jdbc);
        videos = new PublishedVideos(api, accounts, sampleClips);
    }

    @Test
    void publicVideosPublishedWithTheHashtagInTheWindowEnterAndUpcomingChallengesHaveNoEntriesYet() {
        String tag = uniqueTag();
        String later = uniqueTag();
        Instant now = clock.instant();
        String active = challenges.created(accounts.signUp(), tag, now, now.plus(Duration.ofDays(5)));
        String upcoming = challenges.created(accounts.signUp(), later, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        var entrant = accounts.signUp();

        String entered = videos.publish(entrant, Map.of("caption", "my go #" + tag.toUpperCase() + " #" + later));
        videos.publish(entrant, Map.of("caption", "secret #" + tag, "privacy", "private"));
        videos.publish(entrant, Map.of("caption", "friends only #" + tag, "privacy", "friends"));
        videos.publish(entrant, Map.of("caption", "no tag"));
        challenges.awaitListenersIdle();

        assertThat(ranked(challenges.board(active, null))).containsExactly(entered);
        assertThat(api.get("/api/v1/challenges/" + active).json().path("entry_count").asInt()).isEqualTo(1);
        var board = challenges.board(upcoming, null).json();
        assertThat(board.path("entries")).isEmpty();
        assertThat(board.path("frozen").asBoolean()).isFalse();
        assertThat(board.path("next_cursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/challenges/" + upcoming).json().path("status").asString()).isEqualTo("upcoming");
        assertThat(api.get("/api/v1/challenges/" + upcoming).json().path("entry_count").asInt()).isZero();
    }

    @Test
    void theCreatorsOwnLikesViewsAndSharesDoNotCount() {
        var fan = accounts.signUp();
        Entry entry = enter();

        like(entry.owner(), entry.video());
        view(entry.owner(), entry.video(), 100);
        share(entry.owner(), entry.video());
        view(fan, entry.video(), 50);

        awaitScore(entry, 1 + 1);
        challenges.awaitListenersIdle();
        assertThat(score(entry)).isEqualTo(2);
    }

    @Test
    void likesFromAccountsCreatedAfterTheEntryDoNotCount() {
        var fan = accounts.signUp();
        Entry entry = enter();
        var fresh = accounts.signUp();

        like(fresh, entry.video());
        view(fresh, entry.video(), 100);
        like(fan, entry.video());

        awaitScore(entry, 3);
        challenges.awaitListenersIdle();
        assertThat(score(entry)).isEqualTo(3);
    }

    @Test
    void aLikeCountsOnceEvenWhenRedeliveredAndAnUnlikeCountsDownWhateverOrderTheyAreHandledIn() {
        var fan = accounts.signUp();
        Entry entry = enter();

        like(fan, entry.video());
        like(fan, entry.video());
        publish(new VideoLiked(VideoId.parse(entry.video()), UserId.parse(fan.userId())));
        awaitScore(entry, 3);
        challenges.awaitListenersIdle();
        assertThat(score(entry)).isEqualTo(3);

        assertThat(api.delete("/api/v1/videos/" + entry.video() + "/like", fan.accessToken()).status()).isEqualTo(204);
        awaitScore(entry, 0);
        publish(new VideoLiked(VideoId.parse(entry.video()), UserId.parse(fan.userId())));
        challenges.awaitListenersIdle();
        assertThat(score(entry)).as("a like handled after its unlike").isZero();
        like(fan, entry.video());
        awaitScore(entry, 3);
    }

    @Test
    void anAccountsViewCountsOnceWithItsBestWatchAndVisitorsViewsDoNotCount() {
        var fan = accounts.signUp();
        Entry entry = enter();

        view(fan, entry.video(), 30);
        view(fan, entry.video(), 100);
        view(fan, entry.video(), 50);
        publish(new VideoViewed(VideoId.parse(entry.video()), UserId.parse(fan.userId()), 2, 100, "hashtag", clock.instant()));
        assertThat(api.post("/api/v1/videos/" + entry.video() + "/view",
                Map.of("watch_time", 2, "completion_rate", 100, "source", "hashtag")).status()).isEqualTo(204);
        share(fan, entry.video());

        awaitScore(entry, 1 + 2 + 5);
        challenges.awaitListenersIdle();
        assertThat(score(entry)).isEqualTo(8);
    }

    @Test
    void anEntryMadePrivateStrippedOfItsHashtagOrDeletedLeavesTheBoardAndCannotMoveIt() {
        var fan = accounts.signUp();
        var owner = accounts.signUp();
        String tag = uniqueTag();
        Instant now = clock.instant();
        String challenge = challenges.created(accounts.signUp(), tag, now, now.plus(Duration.ofDays(3)));
        String madePrivate = videos.publish(owner, Map.of("caption", "#" + tag));
        String untagged = videos.publish(owner, Map.of("caption", "#" + tag));
        String deleted = videos.publish(owner, Map.of("caption", "#" + tag));
        for (String video : List.of(madePrivate, untagged, deleted)) {
            like(fan, video);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> ranked(challenges.board(challenge, null)).size() == 3);

        UserId ownerId = UserId.parse(owner.userId());
        publish(new VideoEdited(VideoId.parse(madePrivate), ownerId, Privacy.PRIVATE, "#" + tag, List.of(tag), List.of(), clock.instant()));
        publish(new VideoEdited(VideoId.parse(untagged), ownerId, Privacy.PUBLIC, "no more", List.of("other"), List.of(), clock.instant()));
        publish(new VideoDeleted(VideoId.parse(deleted), ownerId, null, List.of(tag), clock.instant()));
        challenges.awaitListenersIdle();
        assertThat(ranked(challenges.board(challenge, null))).isEmpty();
        assertThat(api.get("/api/v1/challenges/" + challenge).json().path("entry_count").asInt()).isZero();

        var anotherFan = accounts.signUp();
        like(anotherFan, madePrivate);
        challenges.awaitListenersIdle();
        assertThat(ranked(challenges.board(challenge, null))).isEmpty();

        publish(new VideoEdited(VideoId.parse(untagged), ownerId, Privacy.PUBLIC, "back #" + tag, List.of(tag), List.of(), clock.instant()));
        challenges.awaitListenersIdle();
        var board = challenges.board(challenge, null).json().path("entries");
        assertThat(ranked(board)).as("an edit adding the hashtag enters, from scratch").containsExactly(untagged);
        assertThat(board.get(0).path("score").asLong()).isZero();
    }

    @Test
    void ranksAreThoseOfTheWholeBoardWhenTheCallerMayNotSeeSomeEntriesBlockedOrOfPrivateAccounts() {
        var fan = accounts.signUp();
        var leader = accounts.signUp();
        var second = accounts.signUp();
        var third = accounts.signUp();
        var blocked = accounts.signUp();
        String tag = uniqueTag();
        Instant now = clock.instant();
        String challenge = challenges.created(accounts.signUp(), tag, now, now.plus(Duration.ofDays(3)));
        String first = videos.publish(leader, Map.of("caption", "#" + tag));
        String middle = videos.publish(second, Map.of("caption", "#" + tag));
        String last = videos.publish(third, Map.of("caption", "#" + tag));
        like(fan, first);
        share(fan, first);
        like(fan, middle);
        await().atMost(Duration.ofSeconds(20)).until(() -> ranked(challenges.board(challenge, null)).equals(List.of(first, middle, last)));
        api.post("/api/v1/users/" + blocked.userId() + "/block", null, leader.accessToken());

        var seen = challenges.board(challenge, blocked.accessToken()).json().path("entries");
        assertThat(ranked(seen)).containsExactly(middle, last);
        assertThat(seen.get(0).path("rank").asLong()).isEqualTo(2);
        assertThat(seen.get(0).path("score").asLong()).isEqualTo(3);
        assertThat(seen.get(1).path("rank").asLong()).isEqualTo(3);
        assertThat(seen.get(0).path("video").path("video_id").asString()).isEqualTo(middle);

        List<Long> ranks = new ArrayList<>();
        String cursor = null;
        do {
            var page = api.get("/api/v1/challenges/" + challenge + "/leaderboard?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            page.json().path("entries").forEach(entry -> ranks.add(entry.path("rank").asLong()));
            cursor = page.json().path("next_cursor").isNull() ? null : page.text("next_cursor");
        } while (cursor != null);
        assertThat(ranks).containsExactly(1L, 2L, 3L);

        assertThat(api.patch("/api/v1/users/me", Map.of("is_private", true), third.accessToken()).status()).isEqualTo(200);
        assertThat(ranked(challenges.board(challenge, fan.accessToken()))).as("a private account's entry, for a stranger")
                .containsExactly(first, middle);
        assertThat(ranked(challenges.board(challenge, third.accessToken()))).as("for its owner").containsExactly(first, middle, last);
        for (String query : List.of("limit=0", "limit=51", "cursor=garbage", "limit=-5")) {
            assertThat(api.get("/api/v1/challenges/" + challenge + "/leaderboard?" + query).status()).as(query).isEqualTo(400);
        }
    }

    @Test
    void anEndedChallengesBoardIsFrozenAndTakesNoNewEntries() {
        var fan = accounts.signUp();
        var lateFan = accounts.signUp();
        var owner = accounts.signUp();
        var creator = accounts.signUp();
        String tag = uniqueTag();
        Instant now = clock.instant();
        String challenge = challenges.created(creator, tag, now, now.plus(Duration.ofMinutes(10)));
        String entry = videos.publish(owner, Map.of("caption", "#" + tag));
        like(fan, entry);
        await().atMost(Duration.ofSeconds(20)).until(() -> score(challenge, entry) == 3);

        clock.advance(Duration.ofMinutes(11));
        var frozen = challenges.board(challenge, null).json();
        assertThat(frozen.path("frozen").asBoolean()).isTrue();
        assertThat(frozen.path("entries").get(0).path("rank").asLong()).isEqualTo(1);
        assertThat(frozen.path("entries").get(0).path("score").asLong()).isEqualTo(3);

        like(accounts.logIn(lateFan), entry);
        assertThat(api.delete("/api/v1/videos/" + entry + "/like", accounts.logIn(fan).accessToken()).status()).isEqualTo(204);
        String tooLate = videos.publish(owner, Map.of("caption", "#" + tag));
        challenges.awaitListenersIdle();
        var after = challenges.board(challenge, null).json();
        assertThat(ranked(after.path("entries"))).containsExactly(entry);
        assertThat(after.path("entries").get(0).path("score").asLong()).isEqualTo(3);
        assertThat(ranked(after.path("entries"))).doesNotContain(tooLate);
        var read = api.get("/api/v1/challenges/" + challenge).json();
        assertThat(read.path("status").asString()).isEqualTo("ended");
        assertThat(read.path("entry_count").asInt()).isEqualTo(1);
        var invite = api.post("/api/v1/challenges/" + challenge + "/invite", Map.of("user_ids", List.of(fan.userId())),
                accounts.logIn(creator).accessToken());
        assertThat(invite.status()).isEqualTo(409);
        assertThat(invite.text("code")).isEqualTo("challenge_ended");
        assertThat(api.get("/api/v1/challenges?status=ended&limit=50").json().path("challenges").toString()).contains(challenge);
    }

    private record Entry(String challenge, String video, Login owner) {
    }

    /** A fresh active challenge and one public video entered in it. */
    private Entry enter() {
        String tag = uniqueTag();
        Instant now = clock.instant();
        String challenge = challenges.created(accounts.signUp(), tag, now, now.plus(Duration.ofDays(3)));
        var owner = accounts.signUp();
        String video = videos.publish(owner, Map.of("caption", "#" + tag));
        await().atMost(Duration.ofSeconds(20)).until(() -> ranked(challenges.board(challenge, null)).contains(video));
        return new Entry(challenge, video, owner);
    }

    private void like(Login who, String video) {
        assertThat(api.post("/api/v1/videos/" + video + "/like", null, who.accessToken()).status()).isEqualTo(201);
    }

    private void view(Login who, String video, int completion) {
        assertThat(api.post("/api/v1/videos/" + video + "/view",
                Map.of("watch_time", 2, "completion_rate", completion, "source", "hashtag"), who.accessToken()).status())
                .isEqualTo(204);
    }

    private void share(Login who, String video) {
        assertThat(api.post("/api/v1/videos/" + video + "/share", Map.of("share_type", "internal"), who.accessToken()).status())
                .isEqualTo(201);
    }

    /** Publishes an event as its module does: in a transaction, delivered to listeners after the commit. */
    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private void awaitScore(Entry entry, long expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> score(entry) == expected);
    }

    private long score(Entry entry) {
        return score(entry.challenge(), entry.video());
    }

    private long score(String challenge, String video) {
        for (JsonNode place : challenges.board(challenge, null).json().path("entries")) {
            if (place.path("video").path("video_id").asString().equals(video)) {
                return place.path("score").asLong();
            }
        }
        return -1;
    }

    private static List<String> ranked(io.flick.support.Api.Response board) {
        assertThat(board.status()).as(board.toString()).isEqualTo(200);
        return ranked(board.json().path("entries"));
    }

    private static List<String> ranked(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(entry -> ids.add(entry.path("video").path("video_id").asString()));
        return ids;
    }
}
