package io.flick.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts.Login;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

/** A profile's video and likes counts never reveal videos the visitor may not see. */
class ProfileCountTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Test
    void othersSeeTheCountsOfPublicVideosAndTheOwnerOfAllTheirVideos() {
        Login owner = accounts.signUp();
        Login friend = accounts.signUp();
        api.post("/api/v1/users/" + owner.userId() + "/follow", null, friend.accessToken());
        api.post("/api/v1/users/" + friend.userId() + "/follow", null, owner.accessToken());
        var videos = new PublishedVideos(api, accounts, sampleClips);
        String open = videos.publish(owner, "public");
        String forFriends = videos.publish(owner, "friends");
        String secret = videos.publish(owner, "private");
        api.post("/api/v1/videos/" + open + "/like", null, friend.accessToken());
        api.post("/api/v1/videos/" + forFriends + "/like", null, friend.accessToken());
        api.post("/api/v1/videos/" + secret + "/like", null, owner.accessToken());

        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/users/me", owner.accessToken()).json()
                .path("likes_count").asLong() == 3);
        var own = api.get("/api/v1/users/" + owner.userId(), owner.accessToken()).json();
        assertThat(own.path("video_count").asInt()).isEqualTo(3);
        assertThat(own.path("likes_count").asLong()).isEqualTo(3);
        for (String token : new String[] {null, friend.accessToken(), accounts.signUp().accessToken()}) {
            var seen = api.get("/api/v1/users/" + owner.userId(), token).json();
            assertThat(seen.path("video_count").asInt()).as("videos seen with " + token).isEqualTo(1);
            assertThat(seen.path("likes_count").asLong()).as("likes seen with " + token).isEqualTo(1);
        }
    }
}
