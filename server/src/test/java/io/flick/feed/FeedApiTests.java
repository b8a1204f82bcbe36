package io.flick.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
            "co_engagement", "similar_content", "diverse", "rewatch", "catalogue");

    @Autowired
    SampleClips sampleClips;

    // Published once for the class: each clip takes the real pipeline.
    static Login creator;
    static Login other;
    static String first;
    static String second;
    static String secret;
    static String othersVideo;
    /** A public video of a private account: its followers' only. */
    static String recluses;
    /** For You as a visitor got it before anything was published. */
    static JsonNode emptyCataloguePage;

    @BeforeEach
    void videos() {
        if (first != null) {
            return;
        }
        Api.Response empty = api.get("/api/v1/feed/for-you?limit=5");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
        emptyCataloguePage = empty.json();
        var published = new PublishedVideos(api, accounts, sampleClips);
        creator = accounts.signUp();
        other = accounts.signUp();
        Login recluse = accounts.signUp();
        first = published.publish(creator, Map.of("privacy", "public", "caption", "sunset over the sea #beach"));
        second = published.publish(creator, Map.of("privacy", "public", "caption", "morning surf #beach"));
        secret = published.publish(creator, "private");
        othersVideo = published.publish(other, Map.of("privacy", "public", "caption", "street food tour #food"));
        recluses = published.publish(recluse, Map.of("privacy", "public", "caption", "my quiet garden #plants"));
        api.patch("/api/v1/users/me", Map.of("is_private", true), accounts.logIn(recluse).accessToken());
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
    void pagingShowsEveryVideoOnceThenKeepsGoingPastTheCataloguesSizeWithRewatches() {
        Login viewer = accounts.signUp();
        for (Login who : Arrays.asList(null, viewer)) {
            List<JsonNode> entries = forYouPages(who, 1, 8);
            List<String> ids = entries.stream().map(e -> e.path("video_id").asString()).toList();
            assertThat(ids).as(who == null ? "a visitor" : "a signed-in viewer").hasSize(8);
            assertThat(ids.subList(0, 3)).containsExactlyInAnyOrder(first, second, othersVideo);
            assertThat(entries.subList(0, 3)).extracting(e -> e.path("reason").asString()).doesNotContain("rewatch");
            // Then round again (what was served longest ago first, as far as keeping creators apart allows),
            // marked as such; never what the viewer may not see.
            assertThat(entries.subList(3, 8)).extracting(e -> e.path("reason").asString()).containsOnly("rewatch");
            assertThat(ids.subList(3, 8)).isSubsetOf(first, second, othersVideo);
        }
    }

    @Test
    void aUserWhoHasWatchedEverythingGetsAFullPageOfRewatchesSeenLongestAgoFirst() {
        Login viewer = accounts.signUp();
        for (String video : List.of(first, othersVideo, second)) {
            view(viewer, video, 1.0);
            clock.advance(Duration.ofMinutes(1));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> reasons(viewer).equals(List.of("rewatch", "rewatch", "rewatch")));
        assertThat(forYouIds(viewer, 3)).containsExactly(first, othersVideo, second);
        JsonNode page = api.get("/api/v1/feed/for-you?limit=3", viewer.accessToken()).json();
        assertThat(page.path("next_cursor").asString()).isNotBlank();
    }

    @Test
    void amongVideosSeenAtTheSameTimeTheLeastCompletedComesBackFirst() {
        Login viewer = accounts.signUp();
        view(viewer, first, 1.0);
        view(viewer, othersVideo, 0.6);
        view(viewer, second, 0.2);
        await().atMost(Duration.ofSeconds(10)).until(() -> reasons(viewer).equals(List.of("rewatch", "rewatch", "rewatch")));
        assertThat(forYouIds(viewer, 3)).containsExactly(second, othersVideo, first);
    }

    @Test
    void aWatchedVideoComesBackOnlyAsARewatchAfterTheUnseenWhileDismissedAndHiddenOnesNeverDo() {
        Login viewer = accounts.signUp();
        assertThat(forYouIds(viewer, 100)).containsExactlyInAnyOrder(first, second, othersVideo);

        view(viewer, first, 1.0);
        await().atMost(Duration.ofSeconds(10)).until(() -> forYouIds(viewer, 100).equals(List.of(second, othersVideo, first))
                || forYouIds(viewer, 100).equals(List.of(othersVideo, second, first)));
        assertThat(reasons(viewer)).hasSize(3).containsOnlyOnce("rewatch").endsWith("rewatch");

        assertThat(api.post("/api/v1/videos/" + second + "/not-interested", null, viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).containsExactly(othersVideo, first);

        assertThat(api.post("/api/v1/users/" + other.userId() + "/hide", null, viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).containsExactly(first);
        // Paging on: only the rewatch, again and again, never the dismissed video or the hidden creator's.
        assertThat(forYouPages(viewer, 1, 4)).extracting(e -> e.path("video_id").asString()).containsOnly(first);
        assertThat(api.delete("/api/v1/users/" + other.userId() + "/hide", viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).containsExactly(othersVideo, first);
    }

    @Test
    void aBlockedCreatorsVideosDoNotAppearNotEvenAsRewatches() {
        Login viewer = accounts.signUp();
        assertThat(api.post("/api/v1/users/" + other.userId() + "/block", null, viewer.accessToken()).status()).isEqualTo(204);
        assertThat(forYouIds(viewer, 100)).containsExactlyInAnyOrder(first, second);
        assertThat(forYouPages(viewer, 1, 6)).extracting(e -> e.path("video_id").asString())
                .hasSize(6).containsOnly(first, second);
    }

    @Test
    void whenNothingIsLeftTheViewerMaySeeThePageIsEmptyWithNoCursor() {
        Login viewer = accounts.signUp();
        api.post("/api/v1/users/" + other.userId() + "/block", null, viewer.accessToken());
        api.post("/api/v1/users/" + creator.userId() + "/block", null, viewer.accessToken());

        Api.Response response = api.get("/api/v1/feed/for-you?limit=5", viewer.accessToken());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("videos")).isEmpty();
        assertThat(response.json().path("next_cursor").isNull()).isTrue();
        assertThat(response.json().path("prefetch_ids")).isEmpty();
    }

    @Test
    void anEmptyCatalogueGivesAnEmptyPageWithNoCursorNotAnError() {
        assertThat(emptyCataloguePage.path("videos")).isEmpty();
        assertThat(emptyCataloguePage.path("next_cursor").isNull()).isTrue();
        assertThat(emptyCataloguePage.path("prefetch_ids")).isEmpty();
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

    /** Up to {@code pages} pages of For You through the cursor, their entries in order. */
    private List<JsonNode> forYouPages(Login viewer, int limit, int pages) {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < pages; i++) {
            String path = "/api/v1/feed/for-you?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = (viewer == null ? api.get(path) : api.get(path, viewer.accessToken())).json();
            page.path("videos").forEach(entries::add);
            if (page.path("next_cursor").isNull()) {
                break;
            }
            cursor = page.path("next_cursor").asString();
        }
        return entries;
    }

    private List<String> reasons(Login viewer) {
        List<String> reasons = new ArrayList<>();
        api.get("/api/v1/feed/for-you?limit=100", viewer.accessToken()).json().path("videos")
                .forEach(v -> reasons.add(v.path("reason").asString()));
        return reasons;
    }

    private void view(Login viewer, String video, double completion) {
        assertThat(api.post("/api/v1/videos/" + video + "/view", Map.of("watch_time", 1.5 * completion, "completion_rate", completion,
                "source", "fyp"), viewer.accessToken()).status()).isBetween(200, 204);
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
