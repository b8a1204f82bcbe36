package io.flick.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts.Login;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

/** Who sees a published video: privacy of the video, privacy of the account, follows and blocks. */
class VideoPrivacyTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Test
    void friendsOnlyVideosAreForMutualFollowers() {
        var owner = accounts.signUp();
        var friend = accounts.signUp();
        var fan = accounts.signUp();
        follow(friend, owner);
        follow(owner, friend);
        follow(fan, owner);
        String video = publish(owner, "friends");

        assertThat(status(video, owner)).isEqualTo(200);
        assertThat(status(video, friend)).isEqualTo(200);
        assertThat(status(video, fan)).isEqualTo(404);
        assertThat(status(video, null)).isEqualTo(404);
    }

    @Test
    void aPrivateAccountsPublicVideosAreForApprovedFollowersAndServedSigned() {
        var owner = accounts.signUp();
        var follower = accounts.signUp();
        var stranger = accounts.signUp();
        api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());
        follow(follower, owner);
        api.post("/api/v1/users/me/follow-requests/" + follower.userId() + "/approve", null, owner.accessToken());
        String video = publish(owner, "public");

        assertThat(status(video, follower)).isEqualTo(200);
        assertThat(status(video, stranger)).isEqualTo(404);
        assertThat(status(video, null)).isEqualTo(404);
        String master = api.get("/api/v1/videos/" + video, follower.accessToken()).json().path("video_urls").path("master").asString();
        assertThat(master).contains("/media/s/");
    }

    @Test
    void aBlockHidesVideosBothWays() {
        var owner = accounts.signUp();
        var blocked = accounts.signUp();
        String video = publish(owner, "public");
        assertThat(status(video, blocked)).isEqualTo(200);

        api.post("/api/v1/users/" + blocked.userId() + "/block", null, owner.accessToken());

        assertThat(status(video, blocked)).isEqualTo(404);
        assertThat(status(video, null)).isEqualTo(200);
    }

    private void follow(Login who, Login whom) {
        api.post("/api/v1/users/" + whom.userId() + "/follow", null, who.accessToken());
    }

    private int status(String video, Login viewer) {
        return api.get("/api/v1/videos/" + video, viewer == null ? null : viewer.accessToken()).status();
    }

    private String publish(Login owner, String privacy) {
        return new PublishedVideos(api, accounts, sampleClips).publish(owner, privacy);
    }
}
