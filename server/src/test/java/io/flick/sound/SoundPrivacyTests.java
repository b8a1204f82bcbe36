package io.flick.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts.Login;
import io.flick.support.Clips;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import io.flick.support.Uploads;

/**
 * A sound is heard by whoever may see its original clip (or by everyone once it was reused from a
 * public clip), never across a block, and its audio link opens the audio track and nothing else.
 */
class SoundPrivacyTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    PublishedVideos videos;
    Uploads uploads;
    Clips clips;

    @BeforeEach
    void helpers() {
        videos = new PublishedVideos(api, accounts, sampleClips);
        uploads = new Uploads(api);
        clips = new Clips(sampleClips);
    }

    @Test
    void aPrivateVideosSoundIsHiddenAndItsAudioLinkOpensNoOtherFile() {
        Login owner = accounts.signUp();
        String video = videos.publish(owner, "private");
        var card = api.get("/api/v1/videos/" + video, owner.accessToken()).json();
        String sound = card.path("sound").path("sound_id").asString();

        assertThat(api.get("/api/v1/sounds/" + sound).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/sounds/" + sound, accounts.signUp().accessToken()).text("code")).isEqualTo("sound_not_found");
        var mine = api.get("/api/v1/sounds/" + sound, owner.accessToken());
        assertThat(mine.status()).isEqualTo(200);

        String audio = mine.text("audio_url");
        assertThat(audio).contains("/media/s/").endsWith("/audio.m4a");
        assertThat(api.get(audio).status()).isEqualTo(200);
        for (String other : new String[] {"master.m3u8", "180p/index.m3u8", "180p/init.mp4", "180p/seg_000.m4s",
                "thumb_large.jpg", "thumb_small.jpg"}) {
            assertThat(api.get(audio.replace("audio.m4a", other)).status()).as("audio link → " + other).isEqualTo(403);
            assertThat(api.get(audio.replace("/f/", "/v/").replace("audio.m4a", other)).status())
                    .as("audio signature as a stream link → " + other).isEqualTo(403);
        }
    }

    @Test
    void aVideosStreamLinkPlaysTheStreamButOpensNeitherThumbnailsNorTheAudioTrack() {
        Login owner = accounts.signUp();
        String video = videos.publish(owner, "friends");
        var card = api.get("/api/v1/videos/" + video, owner.accessToken()).json();
        String master = card.path("video_urls").path("master").asString();
        String thumbnail = card.path("thumbnail_url").asString();

        // What hls.js fetches: the master playlist, a variant playlist (relative), its init segment and segments.
        String variantPath = api.get(master).body().lines().filter(line -> line.endsWith("/index.m3u8")).findFirst().orElseThrow();
        String variant = master.replace("master.m3u8", variantPath);
        assertThat(api.get(variant).body()).contains("init.mp4", "seg_000.m4s");
        assertThat(api.get(variant.replace("index.m3u8", "init.mp4")).status()).isEqualTo(200);
        assertThat(api.get(variant.replace("index.m3u8", "seg_000.m4s")).status()).isEqualTo(200);
        assertThat(api.get(thumbnail).status()).isEqualTo(200);

        for (String other : new String[] {"audio.m4a", "thumb_large.jpg", "thumb_small.jpg"}) {
            assertThat(api.get(master.replace("master.m3u8", other)).status()).as("stream link → " + other).isEqualTo(403);
        }
        assertThat(api.get(thumbnail.replace("thumb_large.jpg", "audio.m4a")).status()).isEqualTo(403);
        assertThat(api.get(thumbnail.replace("thumb_large.jpg", "master.m3u8")).status()).isEqualTo(403);
        assertThat(api.get(thumbnail.replace("thumb_large.jpg", "thumb_small.jpg")).status()).isEqualTo(403);
    }

    @Test
    void aSoundTheUploaderMayNotHearCannotBeReused() {
        Login owner = accounts.signUp();
        Login blocked = accounts.signUp();
        String privateSound = soundOf(owner, videos.publish(owner, "private"));
        String publicSound = soundOf(owner, videos.publish(owner, "public"));
        api.post("/api/v1/users/" + blocked.userId() + "/block", null, owner.accessToken());
        Login stranger = accounts.signUp();

        var privateReuse = uploads.publish(stranger, clips.bytes(SampleClip.portrait(1, 0)),
                Map.of("sound_id", privateSound, "privacy", "public"));
        assertThat(privateReuse.status()).isEqualTo(404);
        assertThat(privateReuse.text("code")).isEqualTo("sound_not_found");
        var blockedReuse = uploads.publish(blocked, clips.bytes(SampleClip.portrait(1, 0)), Map.of("sound_id", publicSound));
        assertThat(blockedReuse.status()).isEqualTo(404);
        assertThat(blockedReuse.text("code")).isEqualTo("sound_not_found");
    }

    @Test
    void aBlockHidesTheSoundBothWays() {
        Login owner = accounts.signUp();
        Login blocker = accounts.signUp();
        String sound = soundOf(owner, videos.publish(owner, "public"));
        assertThat(api.get("/api/v1/sounds/" + sound, blocker.accessToken()).status()).isEqualTo(200);

        api.post("/api/v1/users/" + owner.userId() + "/block", null, blocker.accessToken());

        assertThat(api.get("/api/v1/sounds/" + sound, blocker.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/sounds/" + sound).status()).isEqualTo(200);
    }

    @Test
    void aSoundReusedFromAPublicClipStaysHearableWhenTheClipIsHidden() {
        Login owner = accounts.signUp();
        Login fan = accounts.signUp();
        String original = videos.publish(owner, "public");
        String sound = soundOf(owner, original);
        videos.publish(fan, Map.of("sound_id", sound));

        api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());

        assertThat(api.get("/api/v1/videos/" + original).status()).isEqualTo(404);
        var published = api.get("/api/v1/sounds/" + sound);
        assertThat(published.status()).isEqualTo(200);
        assertThat(api.get(published.text("audio_url")).status()).isEqualTo(200);
    }

    private String soundOf(Login owner, String video) {
        return api.get("/api/v1/videos/" + video, owner.accessToken()).json().path("sound").path("sound_id").asString();
    }
}
