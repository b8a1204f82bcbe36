package io.flick.sound;

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
import io.flick.support.VideoLists;

/** A sound's page of videos ({@code GET /sounds/{sound_id}/videos}): who may hear it, in which order, as who may see each. */
class SoundVideosTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Test
    void theVideosUsingASoundComeNewestFirstOrByEngagementAsFarAsTheViewerMaySeeThem() {
        var owner = accounts.signUp();
        var fan = accounts.signUp();
        var stranger = accounts.signUp();
        api.post("/api/v1/users/" + fan.userId() + "/follow", null, owner.accessToken());
        api.post("/api/v1/users/" + owner.userId() + "/follow", null, fan.accessToken());
        String original = publish(owner, Map.of("caption", "my tune", "privacy", "public"));
        String sound = soundOf(owner, original);
        String reuse = publish(fan, Map.of("caption", "dancing to it", "sound_id", sound, "privacy", "public"));
        String friendsOnly = publish(fan, Map.of("caption", "for friends", "sound_id", sound, "privacy", "friends"));
        assertThat(api.post("/api/v1/videos/" + original + "/like", null, stranger.accessToken()).status()).isLessThan(300);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/videos/" + original, owner.accessToken())
                .json().path("stats").path("likes").asLong() == 1);

        String path = "/api/v1/sounds/" + sound + "/videos";
        var page = api.get(path, owner.accessToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.text("sound_id")).isEqualTo(sound);
        assertThat(VideoLists.ids(page)).containsExactly(friendsOnly, reuse, original);
        assertThat(VideoLists.walk(api, path + "?sort=recent", owner.accessToken())).containsExactly(friendsOnly, reuse, original);
        assertThat(VideoLists.walk(api, path + "?sort=top", owner.accessToken())).containsExactly(original, friendsOnly, reuse);
        assertThat(VideoLists.walk(api, path + "?sort=top", stranger.accessToken())).containsExactly(original, reuse);
        assertThat(VideoLists.walk(api, path + "?sort=recent", null)).containsExactly(reuse, original);
    }

    @Test
    void aSoundTheCallerMayNotHearIsNotFound() {
        var owner = accounts.signUp();
        var stranger = accounts.signUp();
        String secret = publish(owner, Map.of("privacy", "private"));
        String sound = soundOf(owner, secret);
        String path = "/api/v1/sounds/" + sound + "/videos";

        assertThat(VideoLists.ids(api.get(path, owner.accessToken()))).containsExactly(secret);
        for (String sort : List.of("", "?sort=top", "?sort=recent")) {
            var hidden = api.get(path + sort, stranger.accessToken());
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.text("code")).isEqualTo("sound_not_found");
            assertThat(api.get(path + sort).text("code")).isEqualTo("sound_not_found");
        }

        // A block hides even a public clip's sound, both ways.
        String open = publish(owner, Map.of("privacy", "public"));
        String openPath = "/api/v1/sounds/" + soundOf(owner, open) + "/videos";
        assertThat(VideoLists.ids(api.get(openPath, stranger.accessToken()))).containsExactly(open);
        api.post("/api/v1/users/" + stranger.userId() + "/block", null, owner.accessToken());
        assertThat(api.get(openPath, stranger.accessToken()).text("code")).isEqualTo("sound_not_found");
        assertThat(api.get(openPath + "?sort=top", stranger.accessToken()).text("code")).isEqualTo("sound_not_found");
    }

    @Test
    void hostileSoundIdsSortsLimitsAndCursorsAreClearProblems() {
        for (String bad : List.of("abc", "snd_0000000000000", "0", "-1", "99999999999999999999999", "snd_%00",
                "%E2%80%AEsnd", "x".repeat(10_000))) {
            var answer = api.get("/api/v1/sounds/" + bad + "/videos");
            assertThat(answer.status()).as(bad + " " + answer).isBetween(400, 404);
            assertThat(answer.header("Content-Type")).as(bad).startsWith("application/problem+json");
        }
        var owner = accounts.signUp();
        String sound = soundOf(owner, publish(owner, Map.of("privacy", "public")));
        String path = "/api/v1/sounds/" + sound + "/videos";
        assertThat(api.get(path + "?sort=loud").fieldErrors()).containsExactly("sort:invalid");
        for (String query : List.of("limit=0", "limit=101", "limit=abc", "sort=top&limit=99999999999")) {
            assertThat(api.get(path + "?" + query).status()).as(query).isEqualTo(400);
        }
        for (String cursor : List.of("nope", "%00", "x".repeat(5_000))) {
            assertThat(api.get(path + "?sort=top&cursor=" + cursor).text("code")).as(cursor).isEqualTo("invalid_cursor");
        }
        // A cursor of another sound's list is no position in this one.
        String otherSound = soundOf(owner, publish(owner, Map.of("privacy", "public")));
        publish(owner, Map.of("privacy", "public", "sound_id", otherSound));
        String cursor = api.get("/api/v1/sounds/" + otherSound + "/videos?limit=1").text("next_cursor");
        assertThat(cursor).isNotBlank();
        assertThat(api.get(path + "?limit=1&cursor=" + cursor).text("code")).isEqualTo("invalid_cursor");
    }


    private String soundOf(Login owner, String video) {
        return api.get("/api/v1/videos/" + video, owner.accessToken()).json().path("sound").path("sound_id").asString();
    }

    private String publish(Login owner, Map<String, Object> details) {
        return new PublishedVideos(api, accounts, sampleClips).publish(owner, details);
    }

}
