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

import io.flick.media.SampleClips;
import io.flick.support.Accounts.Login;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import tools.jackson.databind.JsonNode;

/** The feed API over HTTP, on videos that went through the real upload and media pipeline. */
class FeedApiTests extends IntegrationTest {

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
    }

    @Test
    void visitorsGetAForYouPageOfCardsWithReasonsACursorAndPrefetchIds() {
        JsonNode page = api.get("/api/v1/feed/for-you?limit=2").json();

        assertThat(page.path("videos")).hasSize(2);
        JsonNode entry = page.path("videos").get(0);
        assertThat(entry.path("video_id").asString()).startsWith("vid_");
        assertThat(entry.path("video").path("video_id").asString()).isEqualTo(entry.path("video_id").asString());
        assertThat(entry.path("video").path("video_urls").path("master").asString()).isNotBlank();
        assertThat(entry.path("reason").asString()).isNotBlank();
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
        assertThat(seen).doesNotHaveDuplicates().contains(first, second, othersVideo);
    }

    @Test
    void aWatchedVideoADismissedVideoAndAHiddenCreatorLeaveForYou() {
        Login viewer = accounts.signUp();
        assertThat(forYouIds(viewer, 100)).contains(first, second, othersVideo);

        api.post("/api/v1/videos/" + first + "/view", Map.of("watch_time", 1.5, "completion_rate", 1.0, "source", "fyp"), viewer.accessToken());
        await().atMost(Duration.ofSeconds(10)).until(() -> !forYouIds(viewer, 100).contains(first));

        assertThat(api.post("/api/v1/videos/" + second + "/not-interested", null, viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).doesNotContain(second);

        assertThat(api.post("/api/v1/users/" + other.userId() + "/hide", null, viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).doesNotContain(othersVideo);
        assertThat(api.delete("/api/v1/users/" + other.userId() + "/hide", viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).contains(othersVideo);
    }

    @Test
    void aBlockedCreatorsVideosDoNotAppear() {
        Login viewer = accounts.signUp();
        assertThat(api.post("/api/v1/users/" + other.userId() + "/block", null, viewer.accessToken()).status()).isIn(200, 201, 204);
        assertThat(forYouIds(viewer, 100)).doesNotContain(othersVideo).contains(first);
    }

    @Test
    void whyExplainsAVideoInWords() {
        Login viewer = accounts.signUp();
        JsonNode why = api.get("/api/v1/feed/for-you/why/" + first, viewer.accessToken()).json();

        assertThat(why.path("video_id").asString()).isEqualTo(first);
        assertThat(why.path("reason").asString()).isNotBlank();
        assertThat(why.path("explanation").asString()).endsWith(".");
        assertThat(why.path("signals")).isNotEmpty();
        assertThat(why.path("signals").get(0).path("description").asString()).isNotBlank();
        assertThat(api.get("/api/v1/feed/for-you/why/" + secret, viewer.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/feed/for-you/why/vid_zzz", viewer.accessToken()).json().path("code").asString())
                .isIn("video_not_found", "validation_failed", "not_found");
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
        assertThat(api.get("/api/v1/feed/for-you?cursor=garbage", viewer.accessToken()).json().path("code").asString())
                .isEqualTo("invalid_cursor");
        assertThat(api.get("/api/v1/feed/for-you?limit=0").json().path("code").asString()).isEqualTo("validation_failed");
        assertThat(api.get("/api/v1/feed/following?order=sideways", viewer.accessToken()).json().path("code").asString())
                .isEqualTo("validation_failed");
        assertThat(api.get("/api/v1/feed/following").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/videos/" + secret + "/not-interested", null, viewer.accessToken()).json().path("code").asString())
                .isEqualTo("video_not_found");
        assertThat(api.post("/api/v1/videos/" + first + "/not-interested", null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/users/" + viewer.userId() + "/hide", null, viewer.accessToken()).json().path("code").asString())
                .isEqualTo("user_not_found");
        // Another viewer's cursor, or one of another feed, is refused rather than continuing their session.
        String theirs = api.get("/api/v1/feed/for-you?limit=1", other.accessToken()).json().path("next_cursor").asString();
        var foreign = api.get("/api/v1/feed/for-you?limit=1&cursor=" + theirs, viewer.accessToken());
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().path("code").asString()).isEqualTo("invalid_cursor");
        assertThat(api.get("/api/v1/feed/for-you?limit=1&cursor=" + theirs).status()).as("nor may a visitor continue it").isEqualTo(400);
        var otherFeed = api.get("/api/v1/feed/following?order=ranked&limit=1&cursor=" + theirs, other.accessToken());
        assertThat(otherFeed.json().path("code").asString()).isEqualTo("invalid_cursor");
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
