package io.flick.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.feed.model.FeedState;
import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.platform.BlobStorage;
import io.flick.shared.UploadId;
import io.flick.shared.VideoId;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.Clips;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import io.flick.support.Uploads;

/** {@code DELETE /api/v1/videos/{id}}: gone from every endpoint, list, count and feed state, and its files from storage. */
class VideoDeletionTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Autowired
    FeedState feed;

    @Autowired
    BlobStorage storage;

    @Test
    void aDeletedVideoIsGoneFromEveryEndpointListCountAndFeedAndItsFilesFromStorage() {
        var owner = accounts.signUp();
        var fan = accounts.signUp();
        String tag = "gone" + System.nanoTime();
        var uploads = new Uploads(api);
        byte[] clip = new Clips(sampleClips).bytes(SampleClip.portrait(1.5, 440));
        var ticket = uploads.init(owner, clip.length);
        assertThat(uploads.put(ticket, clip).status()).isEqualTo(200);
        String video = uploads.complete(owner, ticket.uploadId(), Map.of("caption", "soon gone #" + tag)).text("video_id");
        await().atMost(Duration.ofSeconds(60)).until(() -> "published".equals(
                api.get("/api/v1/videos/" + video + "/status", owner.accessToken()).text("status")));
        long id = VideoId.parse(video).value();
        var card = api.get("/api/v1/videos/" + video).json();
        List<String> urls = List.of(card.path("video_urls").path("master").asString(), card.path("thumbnail_url").asString(),
                card.path("thumbnail_small_url").asString(),
                card.path("video_urls").path("master").asString().replace("master.m3u8", "360p/index.m3u8"));
        api.post("/api/v1/videos/" + video + "/like", null, fan.accessToken());
        api.post("/api/v1/videos/" + video + "/save", null, fan.accessToken());
        String comment = api.post("/api/v1/videos/" + video + "/comments", Map.of("text", "nice"), fan.accessToken())
                .text("comment_id");
        await().atMost(Duration.ofSeconds(10)).until(() -> profile(owner).path("likes_count").asLong() == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> feed.item(id).isPresent());
        assertThat(profile(owner).path("video_count").asInt()).isEqualTo(1);
        assertThat(storage.stat("videos/" + id + "/master.m3u8")).isPresent();
        String source = "uploads/" + UploadId.parse(ticket.uploadId()).value() + "/source";
        assertThat(storage.stat(source)).isPresent();

        var deleted = api.delete("/api/v1/videos/" + video, owner.accessToken());

        assertThat(deleted.status()).isEqualTo(204);
        for (String token : new String[] {owner.accessToken(), fan.accessToken(), null}) {
            assertThat(api.get("/api/v1/videos/" + video, token).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/videos/" + video + "/comments", token).status()).isEqualTo(404);
            assertThat(ids(api.get("/api/v1/users/" + owner.userId() + "/videos", token))).doesNotContain(video);
            assertThat(ids(api.get("/api/v1/hashtags/" + tag + "/videos", token))).isEmpty();
        }
        assertThat(api.get("/api/v1/videos/" + video + "/status", owner.accessToken()).status()).isEqualTo(404);
        for (String url : urls) {
            assertThat(api.get(url).status()).as(url).isEqualTo(404);
        }
        assertThat(api.post("/api/v1/videos/" + video + "/like", null, fan.accessToken()).status()).isEqualTo(404);
        assertThat(profile(owner).path("video_count").asInt()).isZero();
        assertThat(profile(owner).path("likes_count").asLong()).isZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(ids(api.get("/api/v1/users/" + fan.userId() + "/liked", fan.accessToken()))).doesNotContain(video);
            assertThat(ids(api.get("/api/v1/users/me/saved", fan.accessToken()))).doesNotContain(video);
            assertThat(api.get("/api/v1/comments/" + comment + "/replies", fan.accessToken()).status()).isEqualTo(404);
            assertThat(feed.item(id)).isEmpty();
            assertThat(feed.newestBy(VideoId.parse(video).value(), 1)).isEmpty();
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String file : new String[] {"master.m3u8", "thumb_large.jpg", "thumb_small.jpg", "audio.m4a", "360p/index.m3u8"}) {
                assertThat(storage.stat("videos/" + id + "/" + file)).as(file).isEmpty();
            }
            assertThat(storage.stat(source)).isEmpty();
        });
        assertThat(api.delete("/api/v1/videos/" + video, owner.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void aClipDeletedWhileItIsStillProcessingIsNeverPublishedAndLeavesNoFiles() {
        var owner = accounts.signUp();
        var uploads = new Uploads(api);
        byte[] clip = new Clips(sampleClips).bytes(SampleClip.portrait(1.5, 440));
        var ticket = uploads.init(owner, clip.length);
        assertThat(uploads.put(ticket, clip).status()).isEqualTo(200);
        String video = uploads.complete(owner, ticket.uploadId(), Map.of()).text("video_id");
        long id = VideoId.parse(video).value();

        assertThat(api.delete("/api/v1/videos/" + video, owner.accessToken()).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(storage.stat("videos/" + id + "/master.m3u8")).isEmpty();
            assertThat(storage.stat("videos/" + id + "/thumb_large.jpg")).isEmpty();
            assertThat(storage.stat("uploads/" + UploadId.parse(ticket.uploadId()).value() + "/source")).isEmpty();
        });
        assertThat(api.get("/api/v1/videos/" + video, owner.accessToken()).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/v1/users/" + owner.userId() + "/videos", owner.accessToken()))).isEmpty();
        assertThat(profile(owner).path("video_count").asInt()).isZero();
    }

    @Test
    void deletingAClipThatReusedASoundCountsTheUseDown() {
        var owner = accounts.signUp();
        var remixer = accounts.signUp();
        var published = new PublishedVideos(api, accounts, sampleClips);
        String original = published.publish(owner, Map.of());
        String sound = api.get("/api/v1/videos/" + original).json().path("sound").path("sound_id").asString();
        String remix = published.publish(remixer, Map.of("sound_id", sound));
        assertThat(usage(sound)).isEqualTo(2);

        api.delete("/api/v1/videos/" + remix, remixer.accessToken());

        assertThat(usage(sound)).isEqualTo(1);
        assertThat(api.get("/api/v1/videos/" + original).json().path("sound").path("sound_id").asString()).isEqualTo(sound);
    }

    @Test
    void aSoundWhoseOriginalWasDeletedIsNoLongerReusableWhileItsRemixesPlayOn() {
        var owner = accounts.signUp();
        var remixer = accounts.signUp();
        var published = new PublishedVideos(api, accounts, sampleClips);
        String original = published.publish(owner, Map.of());
        String sound = api.get("/api/v1/videos/" + original).json().path("sound").path("sound_id").asString();
        String remix = published.publish(remixer, Map.of("sound_id", sound));

        api.delete("/api/v1/videos/" + original, owner.accessToken());

        String master = api.get("/api/v1/videos/" + remix).json().path("video_urls").path("master").asString();
        assertThat(api.get(master).status()).isEqualTo(200);
        var uploads = new Uploads(api);
        byte[] clip = new Clips(sampleClips).bytes(SampleClip.portrait(1.5, 440));
        var ticket = uploads.init(remixer, clip.length);
        uploads.put(ticket, clip);
        var reuse = uploads.complete(remixer, ticket.uploadId(), Map.of("sound_id", sound));
        assertThat(reuse.status()).isEqualTo(404);
        assertThat(reuse.text("code")).isEqualTo("sound_not_found");
    }

    @Test
    void onlyTheOwnerMayDeleteAndOthersLearnNothingOfWhatTheyMayNotSee() {
        var owner = accounts.signUp();
        var stranger = accounts.signUp();
        var blocked = accounts.signUp();
        var published = new PublishedVideos(api, accounts, sampleClips);
        String open = published.publish(owner, "public");
        String secret = published.publish(owner, "private");
        api.post("/api/v1/users/" + blocked.userId() + "/block", null, owner.accessToken());

        var visible = api.delete("/api/v1/videos/" + open, stranger.accessToken());
        assertThat(visible.status()).isEqualTo(403);
        assertThat(visible.text("code")).isEqualTo("forbidden");
        for (var attempt : List.of(api.delete("/api/v1/videos/" + secret, stranger.accessToken()),
                api.delete("/api/v1/videos/" + open, blocked.accessToken()))) {
            assertThat(attempt.status()).isEqualTo(404);
            assertThat(attempt.text("code")).isEqualTo("video_not_found");
        }
        assertThat(api.delete("/api/v1/videos/" + open, null).status()).isEqualTo(401);
        for (String id : new String[] {"0", "-1", "99999999999999999999999", "vid_0000000000000", "vid_zzzzzzzzzzzzz",
                "%00", "vid_%E2%80%AE1", "x".repeat(10_000)}) {
            var response = api.delete("/api/v1/videos/" + id, owner.accessToken());
            assertThat(response.status()).as(id).isBetween(400, 414);
        }
        assertThat(api.get("/api/v1/videos/" + open).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/videos/" + secret, owner.accessToken()).status()).isEqualTo(200);
    }

    private tools.jackson.databind.JsonNode profile(Login owner) {
        return api.get("/api/v1/users/" + owner.userId(), owner.accessToken()).json();
    }

    private int usage(String sound) {
        return api.get("/api/v1/sounds/" + sound).json().path("usage_count").asInt();
    }

    private static List<String> ids(Api.Response list) {
        return list.json().path("videos").valueStream().map(card -> card.path("video_id").asString()).toList();
    }
}
