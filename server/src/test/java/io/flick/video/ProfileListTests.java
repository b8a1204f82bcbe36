package io.flick.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

/** A profile's videos and liked videos, as each kind of viewer sees them. */
class ProfileListTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Test
    void eachViewerSeesTheVideosTheirRelationAllows() {
        var owner = accounts.signUp();
        var friend = accounts.signUp();
        var stranger = accounts.signUp();
        api.post("/api/v1/users/" + friend.userId() + "/follow", null, owner.accessToken());
        api.post("/api/v1/users/" + owner.userId() + "/follow", null, friend.accessToken());
        String open = publish(owner, "public");
        String close = publish(owner, "friends");
        String secret = publish(owner, "private");

        String path = "/api/v1/users/" + owner.userId() + "/videos";
        assertThat(ids(api.get(path, owner.accessToken()))).containsExactly(secret, close, open);
        assertThat(ids(api.get(path, friend.accessToken()))).containsExactly(close, open);
        assertThat(ids(api.get(path, stranger.accessToken()))).containsExactly(open);
        assertThat(ids(api.get(path))).containsExactly(open);

        api.post("/api/v1/users/" + stranger.userId() + "/block", null, owner.accessToken());
        assertThat(api.get(path, stranger.accessToken()).status()).isEqualTo(404);
        api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());
        assertThat(api.get(path).status()).isEqualTo(403);
        assertThat(ids(api.get(path, friend.accessToken()))).containsExactly(close, open);
    }

    @Test
    void likedVideosArePrivateUntilTheUserSharesTheList() {
        var creator = accounts.signUp();
        var fan = accounts.signUp();
        var curious = accounts.signUp();
        String video = publish(creator, "public");
        api.post("/api/v1/videos/" + video + "/like", null, fan.accessToken());

        String path = "/api/v1/users/" + fan.userId() + "/liked";
        assertThat(ids(api.get(path, fan.accessToken()))).containsExactly(video);
        assertThat(api.get(path, curious.accessToken()).status()).isEqualTo(403);
        assertThat(api.get(path).status()).isEqualTo(403);

        assertThat(api.patch("/api/v1/users/me", Map.of("liked_videos_public", true), fan.accessToken())
                .json().path("liked_videos_public").asBoolean()).isTrue();
        assertThat(ids(api.get(path, curious.accessToken()))).containsExactly(video);
    }

    @Test
    void profilesCountPublishedVideosAndLikesReceived() {
        var creator = accounts.signUp();
        var fan = accounts.signUp();
        var other = accounts.signUp();
        String first = publish(creator, "public");
        publish(creator, "public");

        api.post("/api/v1/videos/" + first + "/like", null, fan.accessToken());
        api.post("/api/v1/videos/" + first + "/like", null, other.accessToken());
        api.post("/api/v1/videos/" + first + "/like", null, other.accessToken());

        var profile = "/api/v1/users/" + creator.userId();
        assertThat(api.get(profile).json().path("video_count").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> api.get(profile).json().path("likes_count").asLong() == 2);
        api.delete("/api/v1/videos/" + first + "/like", fan.accessToken());
        await().atMost(Duration.ofSeconds(5)).until(() -> api.get(profile).json().path("likes_count").asLong() == 1);
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("videos").forEach(card -> ids.add(card.path("video_id").asString()));
        return ids;
    }

    private String publish(Login owner, String privacy) {
        return new PublishedVideos(api, accounts, sampleClips).publish(owner, privacy);
    }
}
