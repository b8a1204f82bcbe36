package io.flick.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.feed.model.FeedState;
import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.shared.VideoId;
import io.flick.support.Accounts.Login;
import io.flick.support.Clips;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import io.flick.support.Uploads;

/** {@code PATCH /api/v1/videos/{id}}: what its owner may change, and a privacy change taking effect everywhere at once. */
class VideoEditTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Autowired
    FeedState feed;

    @Test
    void theOwnerChangesCaptionSwitchesAndPrivacyAndTheCardSaysSo() {
        var owner = accounts.signUp();
        var mentioned = accounts.signUp();
        String video = publish(owner, Map.of("caption", "before #oldtag"));

        var edited = api.patch("/api/v1/videos/" + video, Map.of("caption", "after #NewTag with @" + mentioned.username(),
                "comment_enabled", false, "duet_enabled", false, "stitch_enabled", false, "privacy", "friends"),
                owner.accessToken());

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        var card = edited.json();
        assertThat(card.path("video_id").asString()).isEqualTo(video);
        assertThat(card.path("caption").asString()).isEqualTo("after #NewTag with @" + mentioned.username());
        assertThat(card.path("hashtags").toString()).isEqualTo("[\"newtag\"]");
        assertThat(card.path("mentions").get(0).path("user_id").asString()).isEqualTo(mentioned.userId());
        assertThat(card.path("privacy").asString()).isEqualTo("friends");
        assertThat(card.path("comment_enabled").asBoolean()).isFalse();
        assertThat(card.path("duet_enabled").asBoolean()).isFalse();
        assertThat(card.path("stitch_enabled").asBoolean()).isFalse();
        var read = api.get("/api/v1/videos/" + video, owner.accessToken()).json();
        assertThat(read.path("caption").asString()).startsWith("after");
        assertThat(read.path("privacy").asString()).isEqualTo("friends");
        // Comments are now closed.
        assertThat(api.post("/api/v1/videos/" + video + "/comments", Map.of("text", "hi"), owner.accessToken()).status())
                .isGreaterThanOrEqualTo(400);
    }

    @Test
    void anEmptyEditChangesNothingAndAbsentFieldsStayAsTheyWere() {
        var owner = accounts.signUp();
        String video = publish(owner, Map.of("caption", "keep me #kept", "comment_enabled", false));

        var same = api.patch("/api/v1/videos/" + video, Map.of(), owner.accessToken());
        var onlyDuet = api.patch("/api/v1/videos/" + video, Map.of("duet_enabled", false), owner.accessToken());

        assertThat(same.status()).isEqualTo(200);
        assertThat(onlyDuet.json().path("caption").asString()).isEqualTo("keep me #kept");
        assertThat(onlyDuet.json().path("hashtags").toString()).isEqualTo("[\"kept\"]");
        assertThat(onlyDuet.json().path("comment_enabled").asBoolean()).isFalse();
        assertThat(onlyDuet.json().path("duet_enabled").asBoolean()).isFalse();
        assertThat(onlyDuet.json().path("privacy").asString()).isEqualTo("public");
    }

    @Test
    void anEditedCaptionMovesTheVideoBetweenHashtagPagesAndTheFeedsState() {
        var owner = accounts.signUp();
        String oldTag = "before" + System.nanoTime();
        String newTag = "after" + System.nanoTime();
        String video = publish(owner, Map.of("caption", "#" + oldTag));
        long item = VideoId.parse(video).value();
        await().atMost(Duration.ofSeconds(20)).until(() -> feed.item(item).isPresent());

        api.patch("/api/v1/videos/" + video, Map.of("caption", "now #" + newTag), owner.accessToken());

        assertThat(hashtagPage(oldTag)).doesNotContain(video);
        assertThat(hashtagPage(newTag)).containsExactly(video);
        await().atMost(Duration.ofSeconds(20)).until(() -> feed.item(item).orElseThrow().hashtags().equals(List.of(newTag)));
        assertThat(feed.newestWithHashtag(oldTag, 10)).doesNotContain(item);
        assertThat(feed.newestWithHashtag(newTag, 10)).containsExactly(item);
    }

    @Test
    void aVideoMadePrivateIsNoLongerServedAtItsPublicUrlsWhileItsOwnersSignedLinksPlay() {
        var owner = accounts.signUp();
        var stranger = accounts.signUp();
        String video = publish(owner, Map.of("caption", "going private soon"));
        long item = VideoId.parse(video).value();
        var before = api.get("/api/v1/videos/" + video).json();
        String publicMaster = before.path("video_urls").path("master").asString();
        String publicThumbnail = before.path("thumbnail_url").asString();
        assertThat(publicMaster).startsWith("/media/v/");
        assertThat(api.get(publicMaster).status()).isEqualTo(200);
        assertThat(api.get("/v/" + video).body()).contains("going private soon");
        await().atMost(Duration.ofSeconds(20)).until(() -> feed.item(item).isPresent());

        var edited = api.patch("/api/v1/videos/" + video, Map.of("privacy", "private"), owner.accessToken());

        assertThat(edited.status()).isEqualTo(200);
        assertThat(api.get(publicMaster).status()).isEqualTo(404);
        assertThat(api.get(publicThumbnail).status()).isEqualTo(404);
        String signedMaster = edited.json().path("video_urls").path("master").asString();
        assertThat(signedMaster).startsWith("/media/s/");
        var playlist = api.get(signedMaster);
        assertThat(playlist.status()).isEqualTo(200);
        assertThat(playlist.header("Cache-Control")).contains("private");
        assertThat(api.get(edited.json().path("thumbnail_url").asString()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/videos/" + video, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/videos/" + video).status()).isEqualTo(404);
        assertThat(profileVideos(owner, stranger.accessToken())).doesNotContain(video);
        assertThat(profileVideos(owner, owner.accessToken())).contains(video);
        assertThat(api.get("/v/" + video).body()).doesNotContain("going private soon").doesNotContain("/media/");
        await().atMost(Duration.ofSeconds(20)).until(() -> !feed.item(item).orElseThrow().isPublic());

        // And back: public again is served at the plain URLs again.
        var reopened = api.patch("/api/v1/videos/" + video, Map.of("privacy", "public"), owner.accessToken());
        assertThat(reopened.json().path("video_urls").path("master").asString()).isEqualTo(publicMaster);
        assertThat(api.get(publicMaster).status()).isEqualTo(200);
    }

    @Test
    void aPrivacyChangeMovesWhatOthersSeeOfTheProfileCounts() {
        var owner = accounts.signUp();
        var fan = accounts.signUp();
        String video = publish(owner, Map.of());
        api.post("/api/v1/videos/" + video + "/like", null, fan.accessToken());
        await().atMost(Duration.ofSeconds(10)).until(() -> profile(owner, null).path("likes_count").asLong() == 1);
        assertThat(profile(owner, null).path("video_count").asInt()).isEqualTo(1);

        api.patch("/api/v1/videos/" + video, Map.of("privacy", "friends"), owner.accessToken());

        assertThat(profile(owner, null).path("video_count").asInt()).isZero();
        assertThat(profile(owner, null).path("likes_count").asLong()).isZero();
        assertThat(profile(owner, owner.accessToken()).path("video_count").asInt()).isEqualTo(1);
        assertThat(profile(owner, owner.accessToken()).path("likes_count").asLong()).isEqualTo(1);

        api.patch("/api/v1/videos/" + video, Map.of("privacy", "public"), owner.accessToken());

        assertThat(profile(owner, null).path("video_count").asInt()).isEqualTo(1);
        assertThat(profile(owner, null).path("likes_count").asLong()).isEqualTo(1);
    }

    @Test
    void anAccountTurningPrivateHasItsPublicVideosServedSignedFromThenOn() {
        var owner = accounts.signUp();
        var follower = accounts.signUp();
        api.post("/api/v1/users/" + owner.userId() + "/follow", null, follower.accessToken());
        String video = publish(owner, Map.of());
        String publicMaster = api.get("/api/v1/videos/" + video).json().path("video_urls").path("master").asString();
        assertThat(api.get(publicMaster).status()).isEqualTo(200);

        api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());

        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(publicMaster).status() == 404);
        String signed = api.get("/api/v1/videos/" + video, follower.accessToken()).json().path("video_urls").path("master")
                .asString();
        assertThat(signed).startsWith("/media/s/");
        assertThat(api.get(signed).status()).isEqualTo(200);

        api.patch("/api/v1/users/me", Map.of("is_private", false), owner.accessToken());

        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(publicMaster).status() == 200);
    }

    @Test
    void aNewCoverTimeGivesTheVideoThumbnailsOfThatMomentAtNewAddresses() {
        var owner = accounts.signUp();
        // testsrc2 draws a running clock and moving shapes: every moment of it looks different.
        byte[] moving = new Clips(sampleClips).bytes(new SampleClip("testsrc2", 180, 320, 15, 4, 0));
        String video = new Uploads(api).publish(owner, moving, Map.of("cover_time", 0.2)).text("video_id");
        await().atMost(Duration.ofSeconds(60)).until(() -> "published".equals(
                api.get("/api/v1/videos/" + video + "/status", owner.accessToken()).text("status")));
        var before = api.get("/api/v1/videos/" + video, owner.accessToken()).json();
        String oldThumbnail = before.path("thumbnail_url").asString();
        byte[] early = api.bytes(oldThumbnail);

        var edited = api.patch("/api/v1/videos/" + video, Map.of("cover_time", 3.5), owner.accessToken());

        assertThat(edited.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !api.get("/api/v1/videos/" + video, owner.accessToken()).json()
                .path("thumbnail_url").asString().equals(oldThumbnail));
        var after = api.get("/api/v1/videos/" + video, owner.accessToken()).json();
        byte[] late = api.bytes(after.path("thumbnail_url").asString());
        assertThat(Arrays.equals(early, late)).as("thumbnails at 0.2 s and 3.5 s").isFalse();
        assertThat(api.get(after.path("thumbnail_small_url").asString()).status()).isEqualTo(200);
        assertThat(api.get(oldThumbnail).status()).isEqualTo(404);
        for (Object hostile : new Object[] {-1, 61, "NaN", "Infinity", 1e308}) {
            var refused = api.patch("/api/v1/videos/" + video, Map.of("cover_time", hostile), owner.accessToken());
            assertThat(refused.status()).as("cover_time %s", hostile).isEqualTo(400);
            assertThat(refused.fieldErrors()).containsExactly("cover_time:range");
        }
    }

    @Test
    void onlyTheOwnerMayEditAndOthersLearnNothingOfWhatTheyMayNotSee() {
        var owner = accounts.signUp();
        var stranger = accounts.signUp();
        var blocked = accounts.signUp();
        String open = publish(owner, Map.of("caption", "mine"));
        String secret = publish(owner, Map.of("privacy", "private"));
        api.post("/api/v1/users/" + blocked.userId() + "/block", null, owner.accessToken());
        Map<String, Object> change = Map.of("caption", "hijacked");

        var visible = api.patch("/api/v1/videos/" + open, change, stranger.accessToken());
        assertThat(visible.status()).isEqualTo(403);
        assertThat(visible.text("code")).isEqualTo("forbidden");
        for (var attempt : List.of(api.patch("/api/v1/videos/" + secret, change, stranger.accessToken()),
                api.patch("/api/v1/videos/" + open, change, blocked.accessToken()))) {
            assertThat(attempt.status()).isEqualTo(404);
            assertThat(attempt.text("code")).isEqualTo("video_not_found");
        }
        assertThat(api.patch("/api/v1/videos/" + open, change, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/videos/" + open).json().path("caption").asString()).isEqualTo("mine");
    }

    @Test
    void hostileEditsAreClearProblemsNeverAServerError() {
        var owner = accounts.signUp();
        String video = publish(owner, Map.of("caption", "fine"));
        String path = "/api/v1/videos/" + video;

        assertField(api.patch(path, Map.of("caption", "x".repeat(10_000)), owner.accessToken()), "caption");
        assertField(api.patch(path, Map.of("caption", "nul\u0000here"), owner.accessToken()), "caption");
        assertField(api.patch(path, Map.of("privacy", "everyone"), owner.accessToken()), "privacy");
        assertField(api.patch(path, Map.of("privacy", ""), owner.accessToken()), "privacy");
        assertField(api.patch(path, Map.of("caption", "#a #b #c #d #e #f #g #h #i #j #k #l #m #n #o #p #q #r #s #t #u #v"
                + " #w #x #y #z #aa #bb #cc #dd #ee"), owner.accessToken()), "hashtags");
        var unknown = api.patch(path, Map.of("captions", "typo"), owner.accessToken());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("captions");
        Map<String, Object> wrongType = new HashMap<>();
        wrongType.put("comment_enabled", "maybe");
        assertThat(api.patch(path, wrongType, owner.accessToken()).status()).isEqualTo(400);
        // Bidi controls are taken out of free text, as in every caption.
        var bidi = api.patch(path, Map.of("caption", "abc\u202Edef"), owner.accessToken());
        assertThat(bidi.status()).isEqualTo(200);
        assertThat(bidi.json().path("caption").asString()).isEqualTo("abcdef");
        for (String id : new String[] {"0", "-1", "99999999999999999999999", "vid_0000000000000", "vid_zzzzzzzzzzzzz",
                "%00", "vid_%E2%80%AE1"}) {
            var response = api.patch("/api/v1/videos/" + id, Map.of("caption", "x"), owner.accessToken());
            assertThat(response.status()).as(id).isBetween(400, 404);
        }
        assertThat(api.get(path).json().path("caption").asString()).isEqualTo("abcdef");
    }

    private static void assertField(io.flick.support.Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.text("code")).isEqualTo("validation_failed");
        assertThat(response.body()).contains("\"" + field);
    }

    private String publish(Login owner, Map<String, Object> details) {
        return new PublishedVideos(api, accounts, sampleClips).publish(owner, details);
    }

    private List<String> hashtagPage(String tag) {
        var videos = api.get("/api/v1/hashtags/" + tag + "/videos").json().path("videos");
        return videos.valueStream().map(card -> card.path("video_id").asString()).toList();
    }

    private List<String> profileVideos(Login owner, String token) {
        return api.get("/api/v1/users/" + owner.userId() + "/videos", token).json().path("videos").valueStream()
                .map(card -> card.path("video_id").asString()).toList();
    }

    private tools.jackson.databind.JsonNode profile(Login owner, String token) {
        return api.get("/api/v1/users/" + owner.userId(), token).json();
    }
}
