package io.flick.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.media.samples.SampleClips;
import io.flick.shared.VideoId;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

class ViewAndShareTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyViewIsRecordedButLoopingOneViewerDoesNotInflateTheCount() {
        var owner = accounts.signUp();
        var watcher = accounts.signUp();
        String video = publish(owner);

        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/videos/" + video + "/view",
                    Map.of("watch_time", 1.5, "completion_rate", 1.0, "source", "fyp"), watcher.accessToken()).status())
                    .isEqualTo(204);
        }
        // A visitor (not signed in) from elsewhere counts as another viewer.
        assertThat(new Api(port).post("/api/v1/videos/" + video + "/view",
                Map.of("watch_time", 0.7, "completion_rate", 0.45, "source", "share")).status()).isEqualTo(204);

        long recorded = jdbc.sql("SELECT count(*) FROM engagement.views WHERE video_id = ?")
                .param(VideoId.parse(video).value()).query(Long.class).single();
        assertThat(recorded).isEqualTo(6);
        await().atMost(Duration.ofSeconds(5)).until(() -> stats(video).path("views").asLong() == 2);
    }

    @Test
    void invalidViewsAreRefusedFieldByField() {
        var owner = accounts.signUp();
        String video = publish(owner);

        var response = api.post("/api/v1/videos/" + video + "/view",
                Map.of("watch_time", -1, "completion_rate", 0.5, "source", "tv"), owner.accessToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactly("watch_time:out_of_range", "source:one_of");
    }

    @Test
    void aShareGivesALinkToTheVideoPageAndCounts() {
        var owner = accounts.signUp();
        var friend = accounts.signUp();
        String video = publish(owner);

        var external = api.post("/api/v1/videos/" + video + "/share",
                Map.of("share_type", "external", "platform", "WhatsApp"), friend.accessToken());
        var internal = api.post("/api/v1/videos/" + video + "/share", Map.of("share_type", "internal"), friend.accessToken());

        assertThat(external.status()).isEqualTo(201);
        assertThat(external.text("share_url")).endsWith("/v/" + video);
        assertThat(internal.status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT platform FROM engagement.shares WHERE video_id = ? AND share_type = 'external'")
                .param(VideoId.parse(video).value()).query(String.class).single()).isEqualTo("whatsapp");
        await().atMost(Duration.ofSeconds(5)).until(() -> stats(video).path("shares").asLong() == 2);
        assertThat(api.post("/api/v1/videos/" + video + "/share", Map.of("share_type", "carrier pigeon"),
                friend.accessToken()).fieldErrors()).containsExactly("share_type:one_of");
    }

    @Test
    void sharingOneVideoOverAndOverCountsOncePerPlatformAndDay() {
        var owner = accounts.signUp();
        var sharer = accounts.signUp();
        String video = publish(owner);

        for (int i = 0; i < 30; i++) {
            var again = share(video, sharer, "internal", null);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.text("share_url")).endsWith("/v/" + video);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(share(video, sharer, "external", "WhatsApp").status()).isEqualTo(201);
        }
        assertThat(share(video, sharer, "external", "telegram").status()).isEqualTo(201);

        assertThat(recordedShares(video)).isEqualTo(36);
        assertThat(countedShares(video)).isEqualTo(3);

        clock.advance(Duration.ofHours(25));
        assertThat(share(video, accounts.logIn(sharer), "internal", null).status()).isEqualTo(201);
        assertThat(countedShares(video)).isEqualTo(4);
    }

    @Test
    void madeUpPlatformNamesDoNotMultiplyOnesShares() {
        var owner = accounts.signUp();
        var sharer = accounts.signUp();
        String video = publish(owner);

        for (int i = 0; i < 20; i++) {
            assertThat(share(video, sharer, "external", "platform" + i).status()).isEqualTo(201);
        }

        assertThat(recordedShares(video)).isEqualTo(20);
        assertThat(countedShares(video)).isEqualTo(5);
    }

    @Test
    void invisibleVideosCannotBeViewedOrShared() {
        var owner = accounts.signUp();
        var stranger = accounts.signUp();
        String secret = new PublishedVideos(api, accounts, sampleClips).publish(owner, "private");

        assertThat(api.post("/api/v1/videos/" + secret + "/view",
                Map.of("watch_time", 1, "completion_rate", 0.5, "source", "fyp"), stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/videos/" + secret + "/view",
                Map.of("watch_time", 1, "completion_rate", 0.5, "source", "fyp")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/videos/" + secret + "/share", Map.of("share_type", "internal"),
                stranger.accessToken()).status()).isEqualTo(404);
    }

    private Api.Response share(String video, Login sharer, String type, String platform) {
        Map<String, Object> body = platform == null ? Map.of("share_type", type) : Map.of("share_type", type, "platform", platform);
        return api.post("/api/v1/videos/" + video + "/share", body, sharer.accessToken());
    }

    private long recordedShares(String video) {
        return jdbc.sql("SELECT count(*) FROM engagement.shares WHERE video_id = ?").param(VideoId.parse(video).value())
                .query(Long.class).single();
    }

    /** The video's share count once every counted share has been folded into it. */
    private long countedShares(String video) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM engagement.counter_deltas WHERE video_id = ?")
                .param(VideoId.parse(video).value()).query(Long.class).single() == 0);
        return stats(video).path("shares").asLong();
    }

    private tools.jackson.databind.JsonNode stats(String video) {
        return api.get("/api/v1/videos/" + video).json().path("stats");
    }

    private String publish(Login owner) {
        return new PublishedVideos(api, accounts, sampleClips).publish(owner, Map.of());
    }
}
