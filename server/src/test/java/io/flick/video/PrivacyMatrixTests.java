package io.flick.video;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

/**
 * Privacy on every path: each endpoint that shows or touches a video, for each kind of viewer
 * (anonymous, stranger, follower, friend, blocked user, owner), for each video privacy (public,
 * friends, private) on a public and on a private account. A viewer who may not see a video gets
 * 404 everywhere, as if it did not exist (401 where signing in is required at all). The same holds
 * for the video's original sound, and the media links a viewer receives (master playlist, variant
 * playlist and segments, thumbnails, the sound's audio track) play, each opening only its own files.
 */
class PrivacyMatrixTests extends IntegrationTest {

    enum Viewer { ANONYMOUS, STRANGER, FOLLOWER, FRIEND, BLOCKED, OWNER }

    @Autowired
    SampleClips sampleClips;

    @Test
    void everyEndpointHonoursVideoPrivacyAccountPrivacyFollowsAndBlocks() {
        var soft = new SoftAssertions();
        for (boolean privateAccount : new boolean[] {false, true}) {
            Map<Viewer, Login> people = cast(privateAccount);
            Login owner = people.get(Viewer.OWNER);
            for (String privacy : List.of("public", "friends", "private")) {
                String video = publish(owner, privacy);
                var mine = api.get("/api/v1/videos/" + video, owner.accessToken()).json();
                String sound = mine.path("sound").path("sound_id").asString();
                String ownersMaster = mine.path("video_urls").path("master").asString();
                boolean publicMedia = mediaIsPublic(privacy, privateAccount);
                soft.assertThat(api.get("/media" + ownersMaster.substring(ownersMaster.indexOf("/v/"))).status())
                        .as(privacy + " video on a " + (privateAccount ? "private" : "public") + " account: unsigned master")
                        .isEqualTo(publicMedia ? 200 : 404);
                for (Viewer viewer : Viewer.values()) {
                    boolean visible = visible(viewer, privacy, privateAccount);
                    String token = viewer == Viewer.ANONYMOUS ? null : people.get(viewer).accessToken();
                    String where = (privateAccount ? "private" : "public") + " account, " + privacy + " video, " + viewer;
                    int hidden = 404;
                    int signInFirst = viewer == Viewer.ANONYMOUS ? 401 : hidden;
                    Api client = new Api(port);
                    soft.assertThat(client.get("/api/v1/videos/" + video, token).status()).as(where + ": detail")
                            .isEqualTo(visible ? 200 : hidden);
                    soft.assertThat(client.get("/api/v1/videos/" + video + "/status", token).status()).as(where + ": status")
                            .isEqualTo(visible ? 200 : hidden);
                    soft.assertThat(client.get("/api/v1/videos/" + video + "/comments", token).status())
                            .as(where + ": comments").isEqualTo(visible ? 200 : hidden);
                    soft.assertThat(client.post("/api/v1/videos/" + video + "/view",
                                    Map.of("watch_time", 1, "completion_rate", 0.5, "source", "profile"), token).status())
                            .as(where + ": view").isEqualTo(visible ? 204 : hidden);
                    soft.assertThat(client.post("/api/v1/videos/" + video + "/comments", Map.of("text", "hi"), token).status())
                            .as(where + ": comment").isEqualTo(visible && token != null ? 201 : signInFirst);
                    soft.assertThat(client.post("/api/v1/videos/" + video + "/like", null, token).status())
                            .as(where + ": like").isEqualTo(visible && token != null ? 201 : signInFirst);
                    soft.assertThat(client.post("/api/v1/videos/" + video + "/save", null, token).status())
                            .as(where + ": save").isEqualTo(visible && token != null ? 204 : signInFirst);
                    soft.assertThat(client.post("/api/v1/videos/" + video + "/share", Map.of("share_type", "internal"), token)
                            .status()).as(where + ": share").isEqualTo(visible && token != null ? 201 : signInFirst);
                    var heard = client.get("/api/v1/sounds/" + sound, token);
                    soft.assertThat(heard.status()).as(where + ": sound").isEqualTo(visible ? 200 : hidden);
                    if (visible) {
                        var card = client.get("/api/v1/videos/" + video, token).json();
                        media(soft, client, where, publicMedia, card.path("video_urls").path("master").asString(),
                                card.path("thumbnail_url").asString(), card.path("thumbnail_small_url").asString(),
                                heard.text("audio_url"));
                    }
                    var list = client.get("/api/v1/users/" + owner.userId() + "/videos", token);
                    if (list.status() == 200) {
                        List<String> ids = new ArrayList<>();
                        list.json().path("videos").forEach(card -> ids.add(card.path("video_id").asString()));
                        soft.assertThat(ids.contains(video)).as(where + ": in the profile's list").isEqualTo(visible);
                    } else {
                        soft.assertThat(visible).as(where + ": profile list answered " + list.status()).isFalse();
                    }
                }
            }
        }
        soft.assertAll();
    }

    /**
     * The links a viewer received play, and each opens only its own files: the master playlist's link
     * its variant playlists and segments, a thumbnail's or the audio track's link that one file.
     * Media of a video everyone may see is plain (public, cacheable); all other media is signed.
     */
    private static void media(SoftAssertions soft, Api client, String where, boolean publicMedia, String master,
                              String thumbnail, String thumbnailSmall, String audio) {
        for (String link : List.of(master, thumbnail, thumbnailSmall, audio)) {
            soft.assertThat(link).as(where + ": " + link + " is signed").contains(publicMedia ? "/media/v/" : "/media/s/");
            soft.assertThat(client.get(link).status()).as(where + ": GET " + link).isEqualTo(200);
        }
        String variantPath = client.get(master).body().lines().filter(line -> line.endsWith("/index.m3u8"))
                .findFirst().orElse("missing/index.m3u8");
        String segmentPath = variantPath.replace("index.m3u8", "seg_000.m4s");
        soft.assertThat(client.get(master.replace("master.m3u8", variantPath)).status()).as(where + ": variant playlist")
                .isEqualTo(200);
        soft.assertThat(client.get(master.replace("master.m3u8", segmentPath)).status()).as(where + ": segment")
                .isEqualTo(200);
        if (!publicMedia) {
            Map<String, String> foreign = Map.of(
                    "stream link → audio", master.replace("master.m3u8", "audio.m4a"),
                    "stream link → thumbnail", master.replace("master.m3u8", "thumb_large.jpg"),
                    "thumbnail link → master", thumbnail.replace("thumb_large.jpg", "master.m3u8"),
                    "thumbnail link → other thumbnail", thumbnail.replace("thumb_large.jpg", "thumb_small.jpg"),
                    "audio link → master", audio.replace("audio.m4a", "master.m3u8"),
                    "audio link → segment", audio.replace("audio.m4a", segmentPath),
                    "audio link → thumbnail", audio.replace("audio.m4a", "thumb_large.jpg"));
            foreign.forEach((what, link) -> soft.assertThat(client.get(link).status()).as(where + ": " + what)
                    .isEqualTo(403));
        }
    }

    /** Written on its own too: media is plain exactly when anyone at all may see the video. */
    private static boolean mediaIsPublic(String privacy, boolean privateAccount) {
        return privacy.equals("public") && !privateAccount;
    }

    /** The rule, written once more on its own so the test does not reuse the code under test. */
    private static boolean visible(Viewer viewer, String privacy, boolean privateAccount) {
        return switch (viewer) {
            case OWNER -> true;
            case BLOCKED -> false;
            case ANONYMOUS, STRANGER -> privacy.equals("public") && !privateAccount;
            case FOLLOWER -> privacy.equals("public");
            case FRIEND -> !privacy.equals("private");
        };
    }

    /** An owner and one person in each relation to them. */
    private Map<Viewer, Login> cast(boolean privateAccount) {
        Map<Viewer, Login> people = new LinkedHashMap<>();
        for (Viewer viewer : Viewer.values()) {
            if (viewer != Viewer.ANONYMOUS) {
                people.put(viewer, accounts.signUp());
            }
        }
        Login owner = people.get(Viewer.OWNER);
        if (privateAccount) {
            api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());
        }
        for (Viewer fan : List.of(Viewer.FOLLOWER, Viewer.FRIEND)) {
            api.post("/api/v1/users/" + owner.userId() + "/follow", null, people.get(fan).accessToken());
            api.post("/api/v1/users/me/follow-requests/" + people.get(fan).userId() + "/approve", null, owner.accessToken());
        }
        api.post("/api/v1/users/" + people.get(Viewer.FRIEND).userId() + "/follow", null, owner.accessToken());
        api.post("/api/v1/users/" + people.get(Viewer.BLOCKED).userId() + "/block", null, owner.accessToken());
        return people;
    }

    private String publish(Login owner, String privacy) {
        return new PublishedVideos(api, accounts, sampleClips).publish(owner, privacy);
    }
}
