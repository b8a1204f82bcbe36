package io.flick.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.flick.media.samples.SampleClips;
import io.flick.shared.VideoId;
import io.flick.support.Api;
import io.flick.support.Accounts.Login;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import tools.jackson.databind.JsonNode;

/**
 * The feed API over HTTP, on videos that went through the real upload and media pipeline.
 *
 * <p>On a server of its own: For You ranks every public video on the server, so on the shared one
 * what these tests see would depend on what other classes published, liked and watched (and on
 * the clock they moved). Here the server holds exactly the videos below, and the tests say so.
 * The server is closed after the class, so it does not stay up for the rest of the suite.
 */
@TestPropertySource(properties = "flick.test.server=feed")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FeedApiTests extends IntegrationTest {

    /** The {@code reason} codes clients know, spelled out so that renaming a reason fails here. */
    static final List<String> REASONS = List.of("followed_creator", "trending", "popular", "fresh", "topic",
            "co_engagement", "similar_content", "diverse");

    @Autowired
    SampleClips sampleClips;

    // Published once for the class: each clip takes the real pipeline.
    static Login creator;
    static Login other;
    static String first;
    static String second;
    static String secret;
    static String othersVideo;

    @BeforeEach
    void videos() {
        if (first != null) {
            return;
        }
        var published = new PublishedVideos(api, accounts, sampleClips);
        creator = accounts.signUp();
        other = accounts.signUp();
        first = published.publish(creator, Map.of("privacy", "public", "caption", "sunset over the sea #beach"));
        second = published.publish(creator, Map.of("privacy", "public", "caption", "morning surf #beach"));
        secret = published.publish(creator, "private");
        othersVideo = published.publish(other, Map.of("privacy", "public", "caption", "street food tour #food"));
        // The feed learns of new videos from events, a moment after they are published.
        await().atMost(Duration.ofSeconds(10)).until(() -> forYouIds(null, 100).containsAll(List.of(first, second, othersVideo)));
        assertThat(forYouIds(null, 100)).as("the server holds only this class's videos").hasSize(3);
    }

    @Test
    void visitorsGetAForYouPageOfCardsWithReasonsACursorAndPrefetchIds() {
        JsonNode page = api.get("/api/v1/feed/for-you?limit=2").json();

        assertThat(page.path("videos")).hasSize(2);
        JsonNode entry = page.path("videos").get(0);
        assertThat(entry.path("video_id").asString()).startsWith("vid_");
        assertThat(entry.path("video").path("video_id").asString()).isEqualTo(entry.path("video_id").asString());
        assertThat(entry.path("video").path("video_urls").path("master").asString()).isNotBlank();
        assertThat(entry.path("reason").asString()).isIn(REASONS);
        assertThat(page.path("next_cursor").asString()).isNotBlank();
        assertThat(page.path("prefetch_ids").isArray()).isTrue();
        assertThat(page.has("fallback")).isFalse();
        // Every prefetch id is a card the same viewer can fetch.
        page.path("prefetch_ids").forEach(id -> assertThat(api.get("/api/v1/videos/" + id.asString()).status()).isEqualTo(200));
    }

    @Test
    void aPrivateVideoNeverAppearsInForYou() {
        assertThat(forYouIds(null, 100)).doesNotContain(secret);
        assertThat(forYouIds(other, 100)).doesNotContain(secret);
    }

    @Test
    void pagingWithTheCursorNeverRepeatsAVideo() {
        Login viewer = accounts.signUp();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 30; i++) {
            JsonNode page = api.get("/api/v1/feed/for-you?limit=1" + (cursor == null ? "" : "&cursor=" + cursor), viewer.accessToken()).json();
            page.path("videos").forEach(v -> seen.add(v.path("video_id").asString()));
            if (page.path("next_cursor").isNull() || page.path("videos").isEmpty()) {
                break;
            }
            cursor = page.path("next_cursor").asString();
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrder(first, second, othersVideo);
    }

    @Test
    void aWatchedVideoADismissedVideoAndAHiddenCreatorLeaveForYou() {
        Login viewer = accounts.signUp();
        assertThat(forYouIds(viewer, 100)).containsExactlyInAnyOrder(first, second, othersVideo);

        api.post("/api/v1/videos/" + first + "/view", Map.of("watch_time", 1.5, "completion_rate", 1.0, "source", "fyp"), viewer.accessToken());
        await().atMost(Duration.ofSeconds(10)).until(() -> !forYouIds(viewer, 100).contains(first));

        assertThat(api.post("/api/v1/videos/" + second + "/not-interested", null, viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).containsExactly(othersVideo);

        assertThat(api.post("/api/v1/users/" + other.userId() + "/hide", null, viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).isEmpty();
        assertThat(api.delete("/api/v1/users/" + other.userId() + "/hide", viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).containsExactly(othersVideo);
    }

    @Test
    void aBlockedCreatorsVideosDoNotAppear() {
        Login viewer = accounts.signUp();
        assertThat(api.post("/api/v1/users/" + other.userId() + "/block", null, viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void whyExplainsAVideoInWords() {
        Login viewer = accounts.signUp();
        JsonNode why = api.get("/api/v1/feed/for-you/why/" + first, viewer.accessToken()).json();

        assertThat(why.path("video_id").asString()).isEqualTo(first);
        assertThat(why.path("reason").asString()).isIn(REASONS);
        assertThat(why.path("explanation").asString()).endsWith(".");
        assertThat(why.path("signals")).isNotEmpty();
        assertThat(why.path("signals").get(0).path("description").asString()).isNotBlank();
        assertProblem(api.get("/api/v1/feed/for-you/why/" + secret, viewer.accessToken()), 404, "video_not_found");
        assertProblem(api.get("/api/v1/feed/for-you/why/" + new VideoId(Long.MAX_VALUE), viewer.accessToken()), 404, "video_not_found");
        // Not a video id at all: nothing exists at that address.
        assertProblem(api.get("/api/v1/feed/for-you/why/vid_zzz", viewer.accessToken()), 404, "not_found");
    }

    @Test
    void followingListsTheFollowedCreatorsVideosNewestFirstAndFriendsNeedsAFollowBack() {
        Login fan = accounts.signUp();
        assertThat(following(fan, "recent")).isEmpty();

        api.post("/api/v1/users/" + creator.userId() + "/follow", null, fan.accessToken());
        await().atMost(Duration.ofSeconds(10)).until(() -> following(fan, "recent").size() == 2);
        assertThat(following(fan, "recent")).containsExactly(second, first);
        assertThat(following(fan, "ranked")).containsExactlyInAnyOrder(first, second);
        assertThat(friends(fan)).isEmpty();

        api.post("/api/v1/users/" + fan.userId() + "/follow", null, creator.accessToken());
        await().atMost(Duration.ofSeconds(10)).until(() -> friends(fan).size() == 2);

        api.delete("/api/v1/users/" + creator.userId() + "/follow", fan.accessToken());
        await().atMost(Duration.ofSeconds(10)).until(() -> following(fan, "recent").isEmpty());
    }

    @Test
    void badRequestsGetProblemsWithStableCodes() {
        Login viewer = accounts.signUp();
        assertProblem(api.get("/api/v1/feed/for-you?cursor=garbage", viewer.accessToken()), 400, "invalid_cursor");
        assertProblem(api.get("/api/v1/feed/for-you?limit=0"), 400, "validation_failed");
        assertProblem(api.get("/api/v1/feed/following?order=sideways", viewer.accessToken()), 400, "validation_failed");
        assertProblem(api.get("/api/v1/feed/following"), 401, "unauthenticated");
        assertProblem(api.post("/api/v1/videos/" + secret + "/not-interested", null, viewer.accessToken()), 404, "video_not_found");
        assertProblem(api.post("/api/v1/videos/" + first + "/not-interested", null), 401, "unauthenticated");
        assertProblem(api.post("/api/v1/users/" + viewer.userId() + "/hide", null, viewer.accessToken()), 404, "user_not_found");
        // Another viewer's cursor, or one of another feed, is refused rather than continuing their session.
        String theirs = api.get("/api/v1/feed/for-you?limit=1", other.accessToken()).json().path("next_cursor").asString();
        assertProblem(api.get("/api/v1/feed/for-you?limit=1&cursor=" + theirs, viewer.accessToken()), 400, "invalid_cursor");
        assertProblem(api.get("/api/v1/feed/for-you?limit=1&cursor=" + theirs), 400, "invalid_cursor"); // nor may a visitor
        assertProblem(api.get("/api/v1/feed/following?order=ranked&limit=1&cursor=" + theirs, other.accessToken()), 400,
                "invalid_cursor");
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
    }

    private List<String> forYouIds(Login viewer, int limit) {
        var response = viewer == null ? api.get("/api/v1/feed/for-you?limit=" + limit)
                : api.get("/api/v1/feed/for-you?limit=" + limit, viewer.accessToken());
        List<String> ids = new ArrayList<>();
        response.json().path("videos").forEach(v -> ids.add(v.path("video_id").asString()));
        return ids;
    }

    private List<String> following(Login viewer, String order) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/feed/following?order=" + order, viewer.accessToken()).json().path("videos")
                .forEach(v -> ids.add(v.path("video_id").asString()));
        return ids;
    }

    private List<String> friends(Login viewer) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/feed/friends", viewer.accessToken()).json().path("videos").forEach(v -> ids.add(v.path("video_id").asString()));
        return ids;
    }
}
