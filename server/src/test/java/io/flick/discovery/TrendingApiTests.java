package io.flick.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.flick.media.samples.SampleClips;
import io.flick.shared.VideoId;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /trending} and {@code GET /sounds/trending} over HTTP, on videos that went through the
 * real pipeline and engagement sent to the real endpoints.
 *
 * <p>On a server of its own: the chart ranks every public video on the server, so on the shared one
 * these lists would depend on what other classes liked. Its charts refresh once the clock has moved a
 * minute past the last refresh (seed 001 allows 5 minutes; the default is 2 s), so a test decides
 * when the chart catches up by moving the clock, never by sleeping.
 */
@TestPropertySource(properties = {"flick.test.server=trending", "flick.feed.charts-refresh=1m", "flick.demo.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TrendingApiTests extends IntegrationTest {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    @Autowired
    SampleClips sampleClips;

    @Autowired
    JdbcClient jdbc;

    // Published once for the class: each clip takes the real pipeline.
    static String tag;
    static Login alice;
    static Login bob;
    static Login rita;
    static Login fan;
    static String aliceVideo;
    static String bobVideo;
    static String ritaVideo;
    static String alicePrivate;

    @BeforeEach
    void catalogue() {
        if (aliceVideo != null) {
            return;
        }
        tag = "tr" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var videos = new PublishedVideos(api, accounts, sampleClips);
        alice = accounts.signUp();
        bob = accounts.signUp();
        rita = accounts.signUp();
        fan = accounts.signUp();
        follow(fan, bob);
        follow(fan, rita);
        aliceVideo = videos.publish(alice, Map.of("caption", "spin #" + tag + "dance", "privacy", "public"));
        bobVideo = videos.publish(bob, Map.of("caption", "soup #" + tag + "cook", "privacy", "public"));
        ritaVideo = videos.publish(rita, Map.of("caption", "roses #" + tag + "garden", "privacy", "public"));
        alicePrivate = videos.publish(alice, Map.of("caption", "secret #" + tag + "dance", "privacy", "private"));
        // Rita's account turns private after her follower was approved: her video is her followers' only.
        api.patch("/api/v1/users/me", Map.of("is_private", true), accounts.logIn(rita).accessToken());
        like(fan, ritaVideo);
        like(fan, aliceVideo);
        like(fan, bobVideo);
        like(alice, alicePrivate);
    }

    @Test
    void risingVideosComeFirstAndTheOrderFollowsEngagement() {
        List<Login> likers = List.of(accounts.signUp(), accounts.signUp(), accounts.signUp(), accounts.signUp());
        likers.forEach(liker -> like(liker, bobVideo));
        for (int i = 0; i < 3; i++) {
            assertThat(new Api(port, Api.randomAddress()).post("/api/v1/videos/" + bobVideo + "/view",
                    Map.of("watch_time", 1.5, "completion_rate", 1.0, "source", "fyp")).status()).isEqualTo(204);
        }

        JsonNode page = refreshedUntil(null, trending -> ids(trending, "videos").indexOf(bobVideo) == 0);
        assertThat(ids(page, "videos")).containsExactly(bobVideo, aliceVideo);
        // Hashtags are figures over public videos, the same for every caller: Rita's tag may be there too.
        assertThat(hashtags(page)).startsWith(tag + "cook").contains(tag + "dance");
        assertThat(ids(page, "creators")).startsWith(bob.userId(), alice.userId());
        assertThat(page.path("sounds").get(0).path("author").path("user_id").asString()).isEqualTo(bob.userId());

        // Alice's video overtakes Bob's once more people like and share it, at the chart's next refresh.
        List<Login> more = List.of(accounts.signUp(), accounts.signUp(), accounts.signUp(), accounts.signUp(),
                accounts.signUp(), accounts.signUp());
        for (Login liker : more) {
            like(liker, aliceVideo);
            assertThat(api.post("/api/v1/videos/" + aliceVideo + "/share", Map.of("share_type", "internal"),
                    accounts.logIn(liker).accessToken()).status()).isLessThan(300);
        }
        JsonNode later = refreshedUntil(null, trending -> ids(trending, "videos").indexOf(aliceVideo) == 0);
        assertThat(ids(later, "videos")).containsExactly(aliceVideo, bobVideo);
        assertThat(hashtags(later)).startsWith(tag + "dance", tag + "cook");
        assertThat(ids(later, "creators")).startsWith(alice.userId(), bob.userId());
        assertThat(Instant.parse(later.path("updated_at").asString())).isAfter(Instant.parse(page.path("updated_at").asString()));

        // The trending hashtag's figures count its public videos only (not Alice's private one), with their views.
        JsonNode dance = later.path("hashtags").get(0);
        assertThat(dance.path("video_count").asLong()).isEqualTo(1);
        JsonNode cook = later.path("hashtags").get(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/hashtags/" + tag + "cook").json()
                .path("view_count").asLong() == 3);
        assertThat(cook.path("video_count").asLong()).isEqualTo(1);
    }

    @Test
    void eachCallerSeesOnlyTheTrendingVideosSoundsAndCreatorsTheyMaySee() {
        refreshedUntil(fan, trending -> ids(trending, "videos").containsAll(List.of(aliceVideo, bobVideo, ritaVideo)));

        // A visitor: nothing of a private account, no private video.
        JsonNode visitor = api.get("/api/v1/trending?limit=50").json();
        assertThat(ids(visitor, "videos")).contains(aliceVideo, bobVideo).doesNotContain(ritaVideo, alicePrivate);
        assertThat(ids(visitor, "creators")).contains(alice.userId(), bob.userId()).doesNotContain(rita.userId());
        assertThat(authors(visitor)).contains(alice.userId(), bob.userId()).doesNotContain(rita.userId());
        assertThat(visitor.path("creators").get(0).path("relationship").isNull()).isTrue();

        // An approved follower of the private account sees it, and how they stand towards each creator.
        JsonNode follower = api.get("/api/v1/trending?limit=50", accounts.logIn(fan).accessToken()).json();
        assertThat(ids(follower, "videos")).contains(aliceVideo, bobVideo, ritaVideo).doesNotContain(alicePrivate);
        assertThat(relationships(follower)).containsEntry(rita.userId(), "following").containsEntry(bob.userId(), "following")
                .containsEntry(alice.userId(), "none");
        assertThat(authors(follower)).contains(rita.userId());
        assertThat(relationships(api.get("/api/v1/trending?limit=50", accounts.logIn(alice).accessToken()).json()))
                .containsEntry(alice.userId(), "self");

        // A block, either way, hides Alice's video, her as a creator and her sound.
        Login blocker = accounts.signUp();
        Login blocked = accounts.signUp();
        api.post("/api/v1/users/" + alice.userId() + "/block", null, blocker.accessToken());
        api.post("/api/v1/users/" + blocked.userId() + "/block", null, accounts.logIn(alice).accessToken());
        for (Login other : List.of(blocker, blocked)) {
            String token = accounts.logIn(other).accessToken();
            JsonNode page = api.get("/api/v1/trending?limit=50", token).json();
            assertThat(ids(page, "videos")).contains(bobVideo).doesNotContain(aliceVideo, ritaVideo);
            assertThat(ids(page, "creators")).contains(bob.userId()).doesNotContain(alice.userId(), rita.userId());
            assertThat(authors(page)).contains(bob.userId()).doesNotContain(alice.userId());
            assertThat(authors(api.get("/api/v1/sounds/trending?limit=50", token).json())).doesNotContain(alice.userId());
        }
    }

    /** Seed 001 FR9: trending at most 5 minutes stale. Here the interval is a minute, and the clock decides. */
    @Test
    void theChartIsRefreshedOnceTheClockHasMovedByTheRefreshInterval() {
        Instant before = Instant.parse(api.get("/api/v1/trending").text("updated_at"));
        Instant due = clock.instant().plus(REFRESH);
        clock.advance(REFRESH);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> !Instant.parse(api.get("/api/v1/trending").text("updated_at")).isBefore(due));
        assertThat(Instant.parse(api.get("/api/v1/trending").text("updated_at"))).isAfter(before);
    }

    @Test
    void trendingSoundsAreTheChartsSoundsAndTrendingIsNotReadAsASoundId() {
        JsonNode page = refreshedUntil(null, trending -> authors(trending).size() >= 2);
        var sounds = api.get("/api/v1/sounds/trending?limit=50");
        assertThat(sounds.status()).as(sounds.toString()).isEqualTo(200);
        assertThat(sounds.json().path("sounds").toString()).isEqualTo(
                api.get("/api/v1/trending?limit=50").json().path("sounds").toString());
        JsonNode sound = sounds.json().path("sounds").get(0);
        for (String field : List.of("sound_id", "name", "duration", "usage_count", "is_original", "author")) {
            assertThat(sound.has(field)).as(field).isTrue();
        }
        assertThat(sound.path("sound_id").asString()).startsWith("snd_");
        assertThat(sound.path("is_original").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/sounds/trending?limit=1").json().path("sounds")).hasSize(1);
        assertThat(page.path("sounds").size()).isLessThanOrEqualTo(10);
    }

    /** Until LIFECYCLE's edits reach the feed, the chart can hold a video that is no longer public. */
    @Test
    void aVideoMadePrivateLeavesTheTrendingListsAtOnceWithItsHashtag() {
        String gone = new PublishedVideos(api, accounts, sampleClips).publish(accounts.logIn(bob),
                Map.of("caption", "brief #" + tag + "gone", "privacy", "public"));
        like(fan, gone);
        refreshedUntil(null, trending -> ids(trending, "videos").contains(gone) && hashtags(trending).contains(tag + "gone"));

        // What an edit of its privacy does to the catalogue (the feed's chart does not know of it).
        jdbc.sql("UPDATE video.videos SET privacy = 'private' WHERE id = ?").param(VideoId.parse(gone).value()).update();
        JsonNode page = api.get("/api/v1/trending?limit=50").json();
        assertThat(ids(page, "videos")).doesNotContain(gone).contains(bobVideo);
        assertThat(hashtags(page)).doesNotContain(tag + "gone").contains(tag + "cook");
    }

    @Test
    void limitsOutsideOneToFiftyAndNonNumbersAreRefused() {
        for (String limit : List.of("0", "-1", "51", "1000000", "abc", "9".repeat(10_000), "%00", "%E2%80%AE5")) {
            for (String path : List.of("/api/v1/trending?limit=", "/api/v1/sounds/trending?limit=")) {
                var answer = api.get(path + limit);
                assertThat(answer.status()).as(path + limit + " " + answer).isEqualTo(400);
                assertThat(answer.header("Content-Type")).contains("application/problem+json");
            }
        }
        assertThat(api.get("/api/v1/trending?limit=50").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/trending?limit=1").json().path("videos").size()).isLessThanOrEqualTo(1);
    }

    /** Moves the clock by the refresh interval until the chart (as {@code caller} sees it) satisfies {@code wanted}. */
    private JsonNode refreshedUntil(Login caller, Predicate<JsonNode> wanted) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String token = caller == null ? null : accounts.logIn(caller).accessToken();
            JsonNode now = api.get("/api/v1/trending?limit=50", token).json();
            if (wanted.test(now)) {
                return now;
            }
            Instant due = clock.instant().plus(REFRESH);
            clock.advance(REFRESH);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !Instant.parse(api.get("/api/v1/trending").text("updated_at")).isBefore(due));
            return null;
        }, page -> page != null);
    }

    private void follow(Login follower, Login followee) {
        assertThat(api.post("/api/v1/users/" + followee.userId() + "/follow", null, follower.accessToken()).status())
                .isLessThan(300);
    }

    private void like(Login user, String video) {
        var answer = api.post("/api/v1/videos/" + video + "/like", null, accounts.logIn(user).accessToken());
        assertThat(answer.status()).as(answer.toString()).isLessThan(300);
    }

    private static List<String> ids(JsonNode page, String list) {
        List<String> ids = new ArrayList<>();
        page.path(list).forEach(entry -> ids.add(list.equals("videos") ? entry.path("video_id").asString()
                : entry.path("user").path("user_id").asString()));
        return ids;
    }

    private static List<String> hashtags(JsonNode page) {
        List<String> tags = new ArrayList<>();
        page.path("hashtags").forEach(entry -> tags.add(entry.path("hashtag").asString()));
        return tags;
    }

    private static List<String> authors(JsonNode page) {
        List<String> authors = new ArrayList<>();
        page.path("sounds").forEach(entry -> authors.add(entry.path("author").path("user_id").asString()));
        return authors;
    }

    private static Map<String, String> relationships(JsonNode page) {
        Map<String, String> relations = new java.util.HashMap<>();
        page.path("creators").forEach(entry -> relations.put(entry.path("user").path("user_id").asString(),
                entry.path("relationship").asString()));
        return relations;
    }
}
