package io.flick.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.shared.VideoId;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

/**
 * "New videos" above the top of the Following and Friends feeds: how many the viewer may see, for the
 * client's pill. On the shared server: these feeds hold only the creators the viewer follows.
 */
class NewVideosApiTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Test
    void countsTheNewerVideosOfEachFeedThatTheViewerMaySee() {
        var published = new PublishedVideos(api, accounts, sampleClips);
        Login creator = accounts.signUp();
        Login fan = accounts.signUp();
        String first = published.publish(creator, Map.of("privacy", "public", "caption", "the first"));
        api.post("/api/v1/users/" + creator.userId() + "/follow", null, fan.accessToken());
        // The feeds learn of follows and videos from events, a moment later: wait on the feeds themselves
        // (the count is rate limited).
        await().atMost(Duration.ofSeconds(10)).until(() -> size(fan, "following") == 1);
        assertThat(count(fan, "following", first)).isZero();

        published.publish(creator, Map.of("privacy", "public", "caption", "the second"));
        published.publish(creator, "private");
        published.publish(creator, "friends");

        // The private video never counts; the friends-only one only once they are friends.
        await().atMost(Duration.ofSeconds(10)).until(() -> size(fan, "following") == 2);
        assertThat(count(fan, "following", first)).isEqualTo(1);
        assertThat(count(fan, "friends", first)).as("not friends yet").isZero();
        api.post("/api/v1/users/" + fan.userId() + "/follow", null, creator.accessToken());
        await().atMost(Duration.ofSeconds(10)).until(() -> size(fan, "friends") == 3);
        assertThat(count(fan, "friends", first)).isEqualTo(2);
        assertThat(count(fan, "following", first)).isEqualTo(2);
        // Nothing is newer than the newest.
        String newest = api.get("/api/v1/feed/following", fan.accessToken()).json().path("videos").get(0).path("video_id").asString();
        assertThat(count(fan, "following", newest)).isZero();
    }

    @Test
    void hostileOrForeignVideoIdsGetProblemsNeverAServerError() {
        var published = new PublishedVideos(api, accounts, sampleClips);
        Login creator = accounts.signUp();
        Login viewer = accounts.signUp();
        String secret = published.publish(creator, "private");

        for (String feed : new String[] {"following", "friends"}) {
            String path = "/api/v1/feed/" + feed + "/new";
            assertProblem(api.get(path + "?after=" + secret), 401, "unauthenticated");
            assertProblem(api.get(path + "?after=" + secret, viewer.accessToken()), 404, "video_not_found");
            assertProblem(api.get(path + "?after=" + new VideoId(Long.MAX_VALUE), viewer.accessToken()), 404, "video_not_found");
            assertThat(api.get(path, viewer.accessToken()).status()).as("no after").isEqualTo(400);
            for (String hostile : new String[] {"vid_zzz", "0", "-1", "vid_-1", "vid_\u0000", "vid_\u202eabc",
                    "99999999999999999999999999", "x".repeat(10_000)}) {
                var answer = api.get(path + "?after=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8), viewer.accessToken());
                assertThat(answer.status()).as(hostile.length() > 40 ? "10,000 characters" : hostile).isIn(400, 404);
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void pollingFarFasterThanOnceAMinuteIsRefusedWith429() {
        Login creator = accounts.signUp();
        Login viewer = accounts.signUp();
        String video = new PublishedVideos(api, accounts, sampleClips).publish(creator, "public");

        // The budget refills as time passes (one poll per 2 s): polls far faster than that run out of it.
        // Every poll spends from it, also one answered 404 while the feed has not yet heard of the
        // video (its publication reaches the feed by an event, after the video's own transaction).
        int answered = 0;
        int counted = 0;
        Api.Response last = null;
        for (int i = 0; i < 60 && (last == null || last.status() != 429); i++) {
            last = api.get("/api/v1/feed/following/new?after=" + video, viewer.accessToken());
            answered += last.status() != 429 ? 1 : 0;
            counted += last.status() == 200 ? 1 : 0;
        }
        assertThat(answered).as("polls answered before the first refusal").isBetween(30, 59);
        assertThat(counted).as("polls answered with a count").isPositive();
        assertProblem(last, 429, "rate_limited");
        assertThat(last.header("Retry-After")).isNotBlank();
    }

    private int size(Login viewer, String feed) {
        return api.get("/api/v1/feed/" + feed, viewer.accessToken()).json().path("videos").size();
    }

    private int count(Login viewer, String feed, String after) {
        var answer = api.get("/api/v1/feed/" + feed + "/new?after=" + after, viewer.accessToken());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("count").asInt();
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
    }
}
