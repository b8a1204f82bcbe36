package io.flick.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.media.samples.SampleClips;
import io.flick.shared.VideoId;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

class LikeAndSaveTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLikeCountsOnceAndShowsOnTheCard() {
        var owner = accounts.signUp();
        var fan = accounts.signUp();
        String video = publish(owner, "public");

        var first = api.post("/api/v1/videos/" + video + "/like", null, fan.accessToken());
        var again = api.post("/api/v1/videos/" + video + "/like", null, fan.accessToken());

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("likes_count").asLong()).isEqualTo(1);
        assertThat(again.json().path("likes_count").asLong()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> card(video, fan).path("stats").path("likes").asLong() == 1);
        assertThat(card(video, fan).path("user_engagement").path("has_liked").asBoolean()).isTrue();
        assertThat(card(video, owner).path("user_engagement").path("has_liked").asBoolean()).isFalse();

        assertThat(api.delete("/api/v1/videos/" + video + "/like", fan.accessToken()).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(5)).until(() -> card(video, fan).path("stats").path("likes").asLong() == 0);
        assertThat(card(video, fan).path("user_engagement").path("has_liked").asBoolean()).isFalse();
    }

    @Test
    void concurrentLikesOfManyUsersAreAllCountedAndMatchTheRows() throws Exception {
        var owner = accounts.signUp();
        String video = publish(owner, "public");
        List<Login> fans = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            fans.add(accounts.signUp());
        }

        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<Integer>> likes = new ArrayList<>();
            for (Login fan : fans) {
                for (int repeat = 0; repeat < 2; repeat++) {
                    likes.add(pool.submit(() -> new Api(port).post("/api/v1/videos/" + video + "/like", null,
                            fan.accessToken()).status()));
                }
            }
            for (Future<Integer> like : likes) {
                assertThat(like.get()).isEqualTo(201);
            }
        }

        long rows = jdbc.sql("SELECT count(*) FROM engagement.likes WHERE video_id = ?")
                .param(VideoId.parse(video).value()).query(Long.class).single();
        assertThat(rows).isEqualTo(30);
        await().atMost(Duration.ofSeconds(5)).until(() -> card(video, owner).path("stats").path("likes").asLong() == rows);
    }

    @Test
    void savedVideosAreListedNewestFirst() {
        var owner = accounts.signUp();
        var me = accounts.signUp();
        String older = publish(owner, "public");
        String newer = publish(owner, "public");

        api.post("/api/v1/videos/" + older + "/save", null, me.accessToken());
        api.post("/api/v1/videos/" + newer + "/save", null, me.accessToken());
        assertThat(saved(me)).containsExactly(newer, older);
        assertThat(card(newer, me).path("user_engagement").path("has_saved").asBoolean()).isTrue();

        assertThat(api.delete("/api/v1/videos/" + newer + "/save", me.accessToken()).status()).isEqualTo(204);
        assertThat(saved(me)).containsExactly(older);
    }

    @Test
    void nobodyCanTouchAVideoTheyMayNotSee() {
        var owner = accounts.signUp();
        var stranger = accounts.signUp();
        String secret = publish(owner, "private");

        assertThat(api.post("/api/v1/videos/" + secret + "/like", null, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/videos/" + secret + "/save", null, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/videos/" + secret + "/like", null, owner.accessToken()).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/videos/" + secret + "/like", null, null).status()).isEqualTo(401);

        String open = publish(owner, "public");
        api.post("/api/v1/users/" + stranger.userId() + "/block", null, owner.accessToken());
        assertThat(api.post("/api/v1/videos/" + open + "/like", null, stranger.accessToken()).status()).isEqualTo(404);
    }

    private List<String> saved(Login user) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/users/me/saved", user.accessToken()).json().path("videos")
                .forEach(entry -> ids.add(entry.path("video_id").asString()));
        return ids;
    }

    private tools.jackson.databind.JsonNode card(String video, Login viewer) {
        return api.get("/api/v1/videos/" + video, viewer.accessToken()).json();
    }

    private String publish(Login owner, String privacy) {
        return new PublishedVideos(api, accounts, sampleClips).publish(owner, privacy);
    }
}
