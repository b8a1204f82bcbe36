package io.flick.challenge;

import static io.flick.challenge.ChallengeClient.body;
import static io.flick.challenge.ChallengeClient.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.media.samples.SampleClips;
import io.flick.shared.ChallengeId;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import io.flick.support.SentInvitations;

/** Creating, reading, listing challenges and inviting people: what any caller may do, and every hostile request. */
class ChallengeApiTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SampleClips sampleClips;

    @Autowired
    Challenges challengesApi;

    @Autowired
    SentInvitations invitations;

    ChallengeClient challenges;

    @BeforeEach
    void client() {
        challenges = new ChallengeClient(api, jdbc);
    }

    @Test
    void aMemberCreatesAChallengeThatEveryoneCanRead() {
        var creator = accounts.signUp();
        String tag = uniqueTag();
        Instant now = clock.instant();
        Map<String, Object> request = body("#" + tag.toUpperCase(), now, now.plus(Duration.ofDays(7)));

        var created = challenges.create(creator, request);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var json = created.json();
        assertThat(json.path("challenge_id").asString()).startsWith("chl_");
        assertThat(json.path("hashtag").asString()).isEqualTo(tag);
        assertThat(json.path("title").asString()).isEqualTo(request.get("title"));
        assertThat(json.path("rules").asString()).isEqualTo("One video per person.\nBe kind.");
        assertThat(json.path("status").asString()).isEqualTo("active");
        assertThat(json.path("entry_count").asInt()).isZero();
        assertThat(json.path("creator").path("user_id").asString()).isEqualTo(creator.userId());
        assertThat(json.path("sound").isNull()).isTrue();
        assertThat(json.path("cover_url").isNull()).isTrue();
        var read = api.get("/api/v1/challenges/" + json.path("challenge_id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("ends_at").asString()).isEqualTo(json.path("ends_at").asString());
        assertThat(challengesApi.forHashtag("#" + tag).orElseThrow().challengeId().toString())
                .isEqualTo(json.path("challenge_id").asString());
        assertThat(challengesApi.forHashtag(uniqueTag())).isEmpty();
        assertThat(challengesApi.forHashtag("not a tag")).isEmpty();
    }

    @Test
    void aChallengeShowsItsSoundAndCoverOnlyWhenTheyAreTheCreatorsToUse() {
        var creator = accounts.signUp();
        var other = accounts.signUp();
        var videos = new PublishedVideos(api, accounts, sampleClips);
        String cover = videos.publish(creator, "public");
        String othersPrivate = videos.publish(other, "private");
        String sound = api.get("/api/v1/videos/" + cover, creator.accessToken()).json().path("sound").path("sound_id").asString();
        String privateSound = api.get("/api/v1/videos/" + othersPrivate, other.accessToken()).json().path("sound").path("sound_id")
                .asString();
        Instant now = clock.instant();

        Map<String, Object> request = body(uniqueTag(), now, now.plus(Duration.ofDays(1)));
        request.put("sound_id", sound);
        request.put("cover_video_id", cover);
        var created = challenges.create(creator, request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("sound").path("sound_id").asString()).isEqualTo(sound);
        assertThat(created.json().path("cover_url").asString()).isNotBlank();

        Map<String, Object> othersCover = body(uniqueTag(), now, now.plus(Duration.ofDays(1)));
        othersCover.put("cover_video_id", othersPrivate);
        assertThat(challenges.create(creator, othersCover).text("code")).isEqualTo("video_not_found");
        Map<String, Object> someoneElsesPublicCover = body(uniqueTag(), now, now.plus(Duration.ofDays(1)));
        someoneElsesPublicCover.put("cover_video_id", cover);
        assertThat(challenges.create(other, someoneElsesPublicCover).text("code")).isEqualTo("video_not_found");
        Map<String, Object> unheard = body(uniqueTag(), now, now.plus(Duration.ofDays(1)));
        unheard.put("sound_id", privateSound);
        var refused = challenges.create(creator, unheard);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("code")).isEqualTo("sound_not_found");
    }

    @Test
    void hostileCreationRequestsAreClearProblemsNeverErrors() {
        var creator = accounts.signUp();
        Instant now = clock.instant();
        Instant end = now.plus(Duration.ofDays(3));
        String huge = "x".repeat(10_000);
        var soft = new SoftAssertions();
        Map<String, Map<String, Object>> invalid = new java.util.LinkedHashMap<>();
        invalid.put("hashtag", with(body("two words", now, end), Map.of()));
        invalid.put("hashtag ", with(body(huge, now, end), Map.of()));
        invalid.put("hashtag  ", with(body("tag\u0000", now, end), Map.of()));
        invalid.put("title", with(body(uniqueTag(), now, end), Map.of("title", "")));
        invalid.put("title ", with(body(uniqueTag(), now, end), Map.of("title", "t".repeat(101))));
        invalid.put("title  ", with(body(uniqueTag(), now, end), Map.of("title", "nul\u0000")));
        invalid.put("title   ", with(body(uniqueTag(), now, end), Map.of("title", "\u202E\u202E")));
        invalid.put("description", with(body(uniqueTag(), now, end), Map.of("description", huge)));
        invalid.put("rules", with(body(uniqueTag(), now, end), Map.of("rules", huge)));
        invalid.put("starts_at", with(body(uniqueTag(), now.minus(Duration.ofDays(1)), end), Map.of()));
        invalid.put("starts_at ", with(body(uniqueTag(), now.plus(Duration.ofDays(400)), now.plus(Duration.ofDays(401))), Map.of()));
        invalid.put("ends_at", with(body(uniqueTag(), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))), Map.of()));
        invalid.put("ends_at ", with(body(uniqueTag(), now, now.plus(Duration.ofDays(91))), Map.of()));
        Map<String, Object> noStart = body(uniqueTag(), now, end);
        noStart.remove("starts_at");
        invalid.put("starts_at  ", noStart);
        for (var entry : invalid.entrySet()) {
            var response = challenges.create(creator, entry.getValue());
            soft.assertThat(response.status()).as(entry.getKey() + ": " + response).isEqualTo(400);
            soft.assertThat(response.text("code")).as(entry.getKey()).isEqualTo("validation_failed");
            soft.assertThat(response.fieldErrors()).as(entry.getKey())
                    .anyMatch(error -> error.startsWith(entry.getKey().strip() + ":"));
        }
        for (Map<String, Object> times : List.of(Map.<String, Object>of("ends_at", "tomorrow"),
                Map.<String, Object>of("starts_at", "-1000000000-01-01T00:00:00Z"),
                Map.<String, Object>of("starts_at", "+1000000000-12-31T23:59:59Z", "ends_at", "+1000000000-12-31T23:59:59Z"),
                Map.<String, Object>of("ends_at", "+1000000000-12-31T23:59:59Z"), Map.<String, Object>of("ends_at", 99999999999999L))) {
            var response = challenges.create(creator, with(body(uniqueTag(), now, end), times));
            soft.assertThat(response.status()).as(times + ": " + response).isEqualTo(400);
        }
        for (String sound : List.of("snd_0000000000000", "snd_zzzzzzzzzzzzz", "-1", huge, "snd_\u0000")) {
            var response = challenges.create(creator, with(body(uniqueTag(), now, end), Map.of("sound_id", sound)));
            soft.assertThat(response.text("code")).as("sound " + sound.length()).isEqualTo("sound_not_found");
        }
        var bidi = challenges.create(creator, with(body(uniqueTag(), now, end), Map.of("title", "\u202Egnp.exe")));
        soft.assertThat(bidi.json().path("title").asString()).isEqualTo("gnp.exe");
        soft.assertThat(api.post("/api/v1/challenges", body(uniqueTag(), now, end)).status()).as("anonymous").isEqualTo(401);
        soft.assertAll();
    }

    @Test
    void oneHashtagHasOneChallengeAtATime() throws Exception {
        var creator = accounts.signUp();
        var rival = accounts.signUp();
        String tag = uniqueTag();
        Instant day = clock.instant().plus(Duration.ofDays(1));
        challenges.created(creator, tag, day, day.plus(Duration.ofDays(2)));

        var overlapping = challenges.create(rival, body(tag, day.plus(Duration.ofDays(1)), day.plus(Duration.ofDays(3))));
        var inside = challenges.create(rival, body("#" + tag.toUpperCase(), day.plus(Duration.ofHours(1)), day.plus(Duration.ofHours(2))));
        var afterwards = challenges.create(rival, body(tag, day.plus(Duration.ofDays(2)), day.plus(Duration.ofDays(4))));
        var otherTag = challenges.create(rival, body(uniqueTag(), day, day.plus(Duration.ofDays(2))));

        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.text("code")).isEqualTo("challenge_exists");
        assertThat(inside.text("code")).isEqualTo("challenge_exists");
        assertThat(afterwards.status()).as("a window starting when the other ends").isEqualTo(201);
        assertThat(otherTag.status()).isEqualTo(201);

        String contested = uniqueTag();
        List<Login> creators = List.of(accounts.signUp(), accounts.signUp(), accounts.signUp(), accounts.signUp());
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Login someone : creators) {
                answers.add(pool.submit(() -> new Api(port).post("/api/v1/challenges", body(contested, day, day.plus(Duration.ofDays(1))),
                        someone.accessToken()).status()));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
    }

    @Test
    void creatingChallengesIsRateLimitedPerAccount() {
        var creator = accounts.signUp();
        Instant start = clock.instant().plus(Duration.ofDays(2));
        for (int i = 0; i < 10; i++) {
            challenges.created(creator, uniqueTag(), start, start.plus(Duration.ofDays(1)));
        }
        var refused = challenges.create(creator, body(uniqueTag(), start, start.plus(Duration.ofDays(1))));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(challenges.create(accounts.signUp(), body(uniqueTag(), start, start.plus(Duration.ofDays(1)))).status())
                .as("another account").isEqualTo(201);
    }

    @Test
    void challengesAreListedByStatusPageByPage() {
        var creator = accounts.signUp();
        Instant now = clock.instant();
        String upcoming = challenges.created(creator, uniqueTag(), now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(31)));
        String active = challenges.created(creator, uniqueTag(), now, now.plus(Duration.ofDays(80)));

        List<String> upcomingIds = all("upcoming", null);
        List<String> activeIds = all("active", null);
        assertThat(upcomingIds).contains(upcoming).doesNotContain(active);
        assertThat(activeIds).contains(active).doesNotContain(upcoming);
        assertThat(all(null, null)).as("active by default").contains(active).doesNotContain(upcoming);
        assertThat(all("upcoming", creator.accessToken())).as("signed in").contains(upcoming);
        assertThat(api.get("/api/v1/challenges?status=upcoming&limit=50").json().path("challenges").get(0).path("status").asString())
                .isEqualTo("upcoming");

        for (String query : List.of("status=soon", "status=%00", "limit=0", "limit=-1", "limit=51", "limit=99999999999",
                "cursor=garbage", "status=ended&cursor=" + api.get("/api/v1/challenges?status=upcoming&limit=1").text("next_cursor"))) {
            var response = api.get("/api/v1/challenges?" + query);
            assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
        }
    }

    @Test
    void unknownAndMalformedChallengeIdsAreNotFound() {
        var member = accounts.signUp();
        for (String id : List.of("chl_0000000000000", new ChallengeId(Long.MAX_VALUE).toString(), "-1", "0", "chl_zzzzzzzzzzzzz",
                "usr_0000000000001", "chl_%E2%80%AE", "x".repeat(1_000))) {
            assertThat(api.get("/api/v1/challenges/" + id).status()).as(id).isEqualTo(404);
            assertThat(api.get("/api/v1/challenges/" + id + "/leaderboard").status()).as(id).isEqualTo(404);
            assertThat(api.post("/api/v1/challenges/" + id + "/invite", Map.of("user_ids", List.of(member.userId())),
                    member.accessToken()).status()).as(id).isEqualTo(404);
        }
    }

    @Test
    void aNulInAChallengeIdIsRefusedBeforeItReachesTheApi() {
        assertThat(api.get("/api/v1/challenges/chl_%00").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/challenges/chl_%00/leaderboard").status()).isEqualTo(400);
    }

    @Test
    void aBlockHidesAChallengeBothWays() {
        var creator = accounts.signUp();
        var blocked = accounts.signUp();
        var stranger = accounts.signUp();
        String tag = uniqueTag();
        Instant now = clock.instant();
        String challenge = challenges.created(creator, tag, now, now.plus(Duration.ofDays(60)));
        assertThat(api.post("/api/v1/users/" + blocked.userId() + "/block", null, creator.accessToken()).status()).isLessThan(300);

        for (Login viewer : List.of(blocked)) {
            assertThat(api.get("/api/v1/challenges/" + challenge, viewer.accessToken()).text("code")).isEqualTo("challenge_not_found");
            assertThat(api.get("/api/v1/challenges/" + challenge + "/leaderboard", viewer.accessToken()).status()).isEqualTo(404);
            assertThat(api.post("/api/v1/challenges/" + challenge + "/invite", Map.of("user_ids", List.of(stranger.userId())),
                    viewer.accessToken()).status()).isEqualTo(404);
            assertThat(all("active", viewer.accessToken())).doesNotContain(challenge);
            assertThat(challengesApi.forHashtag(tag, Viewer.member(UserId.parse(viewer.userId())))).isEmpty();
        }
        assertThat(api.get("/api/v1/challenges/" + challenge, stranger.accessToken()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/challenges/" + challenge, creator.accessToken()).status()).isEqualTo(200);
        assertThat(challengesApi.forHashtag(tag, Viewer.member(UserId.parse(stranger.userId())))).isPresent();
    }

    @Test
    void invitationsReachEachInviteeOnceAndNeverTheInviterOrBlockedPeople() {
        var inviter = accounts.signUp();
        var friend = accounts.signUp();
        var otherFriend = accounts.signUp();
        var blocker = accounts.signUp();
        var blockedByMe = accounts.signUp();
        Instant now = clock.instant();
        String challenge = challenges.created(accounts.signUp(), uniqueTag(), now, now.plus(Duration.ofDays(10)));
        api.post("/api/v1/users/" + inviter.userId() + "/block", null, blocker.accessToken());
        api.post("/api/v1/users/" + blockedByMe.userId() + "/block", null, inviter.accessToken());
        String path = "/api/v1/challenges/" + challenge + "/invite";

        var first = api.post(path, Map.of("user_ids", List.of(friend.userId(), friend.userId(), inviter.userId(),
                blocker.userId(), blockedByMe.userId(), new UserId(Long.MAX_VALUE).toString())), inviter.accessToken());
        var again = api.post(path, Map.of("user_ids", List.of(friend.userId(), otherFriend.userId())), inviter.accessToken());

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(first.json().path("invited").asInt()).isEqualTo(1);
        assertThat(again.json().path("invited").asInt()).isEqualTo(1);
        ChallengeId id = ChallengeId.parse(challenge);
        assertThat(invitations.sent().stream().filter(sent -> sent.challenge().equals(id)).toList())
                .containsExactlyInAnyOrder(
                        new ChallengeInvitationSent(id, UserId.parse(inviter.userId()), UserId.parse(friend.userId())),
                        new ChallengeInvitationSent(id, UserId.parse(inviter.userId()), UserId.parse(otherFriend.userId())));

        List<String> tooMany = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            tooMany.add(new UserId(i).toString());
        }
        Map<String, Object> noIds = new HashMap<>();
        noIds.put("user_ids", null);
        for (Object body : List.of(Map.of("user_ids", tooMany), Map.of("user_ids", List.of()), noIds,
                Map.of("user_ids", List.of("usr_\u0000")), Map.of("user_ids", List.of("x".repeat(10_000))),
                Map.of("user_ids", List.of("usr_0000000000000")), Map.of("user_ids", List.of(-1)),
                Map.of("user_ids", "usr_0000000000001"))) {
            var response = api.post(path, body, inviter.accessToken());
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
        }
        assertThat(api.post(path, Map.of("user_ids", List.of(friend.userId()))).status()).as("anonymous").isEqualTo(401);
    }

    @Test
    void invitingIsRateLimitedPerAccount() {
        var inviter = accounts.signUp();
        var friend = accounts.signUp();
        Instant now = clock.instant();
        String challenge = challenges.created(accounts.signUp(), uniqueTag(), now, now.plus(Duration.ofDays(10)));
        String path = "/api/v1/challenges/" + challenge + "/invite";
        for (int i = 0; i < 20; i++) {
            assertThat(api.post(path, Map.of("user_ids", List.of(friend.userId())), inviter.accessToken()).status()).isEqualTo(202);
        }
        assertThat(api.post(path, Map.of("user_ids", List.of(friend.userId())), inviter.accessToken()).status()).isEqualTo(429);
    }

    private List<String> all(String status, String token) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = api.get("/api/v1/challenges?limit=7" + (status == null ? "" : "&status=" + status)
                    + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().path("challenges").forEach(challenge -> ids.add(challenge.path("challenge_id").asString()));
            cursor = page.json().path("next_cursor").isNull() ? null : page.text("next_cursor");
        } while (cursor != null);
        return ids;
    }

    private static Map<String, Object> with(Map<String, Object> body, Map<String, Object> changes) {
        body.putAll(changes);
        return body;
    }
}
