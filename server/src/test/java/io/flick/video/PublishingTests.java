package io.flick.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.Clips;
import io.flick.support.IntegrationTest;
import io.flick.support.Uploads;

/** From upload to adaptive HLS through the real pipeline (bundled ffmpeg, db-scheduler, PostgreSQL). */
class PublishingTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    Clips clips;
    Uploads uploads;

    @BeforeEach
    void tools() {
        clips = new Clips(sampleClips);
        uploads = new Uploads(api);
    }

    @Test
    void anUploadBecomesAnAdaptiveHlsVideoWithItsOriginalSound() {
        var creator = accounts.signUp();
        var friend = accounts.signUp();
        byte[] clip = clips.bytes(new SampleClip("testsrc2", 480, 854, 15, 3, 440));

        var completed = uploads.publish(creator, clip, Map.of("caption",
                "first dance #Dance #fyp with @" + friend.username() + " (mail me at a@b.com)", "hashtags", java.util.List.of("tutorial")));
        assertThat(completed.status()).isEqualTo(201);
        assertThat(completed.text("estimated_completion")).isNotBlank();
        String videoId = completed.text("video_id");

        var status = awaitStatus(creator, videoId, s -> s.json().path("available_qualities").size() == 2);
        assertThat(status.text("status")).isEqualTo("published");
        assertThat(status.json().path("available_qualities").toString()).isEqualTo("[\"480p\",\"360p\"]");
        assertThat(status.json().path("duration").asDouble()).isBetween(2.5, 3.5);
        assertThat(status.json().path("progress").asInt()).isEqualTo(100);

        var video = api.get("/api/v1/videos/" + videoId);
        assertThat(video.status()).isEqualTo(200);
        var json = video.json();
        assertThat(json.path("user").path("username").asString()).isEqualTo(creator.username());
        assertThat(json.path("hashtags").toString()).isEqualTo("[\"dance\",\"fyp\",\"tutorial\"]");
        assertThat(json.path("mentions").get(0).path("user_id").asString()).isEqualTo(friend.userId());
        assertThat(json.path("mentions").size()).isEqualTo(1);
        assertThat(json.path("sound").path("name").asString()).isEqualTo("Original sound - @" + creator.username());
        assertThat(json.path("video_urls").has("480p")).isTrue();

        String master = api.get(json.path("video_urls").path("master").asString()).body();
        assertThat(master).contains("#EXTM3U", "RESOLUTION=360x640", "RESOLUTION=480x854", "CODECS=\"avc1.", "mp4a.40.2",
                "360p/index.m3u8", "480p/index.m3u8");
        assertThat(master.indexOf("360p")).isLessThan(master.indexOf("480p"));

        String rungUrl = json.path("video_urls").path("360p").asString();
        var playlist = api.get(rungUrl);
        assertThat(playlist.header("Content-Type")).contains("mpegurl");
        assertThat(playlist.header("Cache-Control")).contains("immutable");
        assertThat(playlist.body()).contains("#EXT-X-MAP:URI=\"init.mp4\"", "seg_000.m4s", "#EXT-X-ENDLIST");
        String segment = rungUrl.replace("index.m3u8", "seg_000.m4s");
        var whole = api.get(segment);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.header("ETag")).isNotBlank();
        var range = api.exchange("GET", segment, null, Map.of("Range", "bytes=0-99"), null);
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.header("Content-Range")).startsWith("bytes 0-99/");
        var notModified = api.exchange("GET", segment, null, Map.of("If-None-Match", whole.header("ETag")), null);
        assertThat(notModified.status()).isEqualTo(304);

        assertThat(image(json.path("thumbnail_url").asString()).getHeight()).isGreaterThan(0);

        var sound = api.get("/api/v1/sounds/" + json.path("sound").path("sound_id").asString());
        assertThat(sound.json().path("usage_count").asInt()).isEqualTo(1);
        assertThat(sound.json().path("is_original").asBoolean()).isTrue();
        assertThat(sound.json().path("author").path("user_id").asString()).isEqualTo(creator.userId());
        assertThat(api.bytes(sound.text("audio_url")).length).isGreaterThan(1000);
    }

    @Test
    void reusingASoundReplacesTheClipsAudioAndCountsAUse() {
        var creator = accounts.signUp();
        var fan = accounts.signUp();
        String first = uploads.publish(creator, clips.bytes(SampleClip.portrait(2, 660)), Map.of()).text("video_id");
        awaitStatus(creator, first, s -> "published".equals(s.text("status")));
        String soundId = api.get("/api/v1/videos/" + first).json().path("sound").path("sound_id").asString();

        String second = uploads.publish(fan, clips.bytes(new SampleClip("mandelbrot", 180, 320, 15, 2, 0)),
                Map.of("sound_id", soundId, "caption", "using this sound")).text("video_id");
        awaitStatus(fan, second, s -> "published".equals(s.text("status")));

        var video = api.get("/api/v1/videos/" + second).json();
        assertThat(video.path("sound").path("sound_id").asString()).isEqualTo(soundId);
        assertThat(api.get("/api/v1/sounds/" + soundId).json().path("usage_count").asInt()).isEqualTo(2);
    }

    @Test
    void aPrivateVideosMediaNeedsASignedUnexpiredUntamperedUrl() {
        var owner = accounts.signUp();
        String videoId = uploads.publish(owner, clips.bytes(SampleClip.portrait(2, 330)), Map.of("privacy", "private"))
                .text("video_id");
        awaitStatus(owner, videoId, s -> "published".equals(s.text("status")));

        assertThat(api.get("/api/v1/videos/" + videoId).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/videos/" + videoId, accounts.signUp().accessToken()).status()).isEqualTo(404);
        String master = api.get("/api/v1/videos/" + videoId, owner.accessToken()).json().path("video_urls").path("master").asString();
        assertThat(master).contains("/media/s/");
        assertThat(api.get(master).status()).isEqualTo(200);
        assertThat(api.get(master).header("Cache-Control")).contains("private");

        String assetPath = master.substring(master.indexOf("/v/"));
        assertThat(api.get("/media" + assetPath).status()).isEqualTo(404); // not public
        String[] parts = master.split("/");
        String signature = parts[parts.length - 4];
        String tampered = master.replace("/" + signature + "/", "/" + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1) + "/");
        assertThat(api.get(tampered).status()).isEqualTo(403);
        String expires = parts[parts.length - 5];
        String extended = master.replace("/" + expires + "/", "/" + (Long.parseLong(expires) + 86400) + "/");
        assertThat(api.get(extended).status()).isEqualTo(403);

        clock.advance(Duration.ofHours(7));
        var expired = api.get(master);
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.text("code")).isEqualTo("media_url_invalid");
    }

    @Test
    void whileProcessingOnlyTheOwnerSeesTheVideo() {
        var owner = accounts.signUp();
        var stranger = accounts.signUp();
        String videoId = uploads.publish(owner, clips.bytes(SampleClip.portrait(2, 550)), Map.of()).text("video_id");
        String status = "/api/v1/videos/" + videoId + "/status";

        // The stranger and the visitor ask first: a status only moves forward, so if the owner then
        // still sees "processing", they asked while the video was processing.
        var strangersStatus = api.get(status, stranger.accessToken());
        var strangersCard = api.get("/api/v1/videos/" + videoId, stranger.accessToken());
        var visitorsStatus = api.get(status);
        var mine = api.get(status, owner.accessToken());
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.text("status")).as("the first pass of a 2 s clip outlasts four requests").isEqualTo("processing");
        for (var refused : java.util.List.of(strangersStatus, strangersCard, visitorsStatus)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.text("code")).isEqualTo("video_not_found");
        }

        awaitStatus(owner, videoId, s -> "published".equals(s.text("status")));
        assertThat(api.get(status, stranger.accessToken()).status()).isEqualTo(200);
        assertThat(api.get(status).status()).isEqualTo(200);
    }

    Api.Response awaitStatus(Accounts.Login owner, String videoId, java.util.function.Predicate<Api.Response> done) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            var status = api.get("/api/v1/videos/" + videoId + "/status", accounts.logIn(owner).accessToken());
            assertThat(status.text("status")).as(status.toString()).isNotEqualTo("failed");
            return status;
        }, done);
    }

    private java.awt.image.BufferedImage image(String url) {
        try {
            return ImageIO.read(new ByteArrayInputStream(api.bytes(url)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
