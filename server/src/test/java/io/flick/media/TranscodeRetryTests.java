package io.flick.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.FlickApplication;
import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.shared.VideoId;
import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.Clips;
import io.flick.support.Uploads;

/**
 * A transient failure (here: the job's work directory cannot be created) is retried with backoff
 * and the video completes once the cause is gone; a failure that persists ends the video as failed
 * after the configured attempts, never in an endless loop, with the reason named for what failed:
 * storage, not the encoder.
 */
class TranscodeRetryTests {

    @TempDir
    Path dataDir;

    @Test
    void aTransientFailureIsRetriedUntilItPassesOrTheAttemptsRunOut() throws Exception {
        Path work = dataDir.resolve("work");
        Files.writeString(work, "a file where the work directory should be");
        try (var app = new SpringApplicationBuilder(FlickApplication.class).run("--flick.data-dir=" + dataDir,
                "--server.port=0", "--flick.media.processing.retry-backoff=300ms", "--flick.media.processing.max-attempts=3",
                "--flick.account.dev-outbox=on")) {
            var api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            var jdbc = app.getBean(JdbcClient.class);
            var user = new Accounts(api).signUp();
            var clips = new Clips(app.getBean(SampleClips.class));
            var uploads = new Uploads(api);

            // Blocked for good: three attempts, then failed.
            String doomed = uploads.publish(user, clips.bytes(SampleClip.portrait(1.5, 440)), Map.of()).text("video_id");
            await().atMost(Duration.ofSeconds(30)).until(() -> "failed".equals(status(jdbc, doomed)));
            assertThat(attempts(jdbc, doomed)).isEqualTo(3);
            assertThat(api.get("/api/v1/videos/" + doomed + "/status", user.accessToken()).text("failure_reason"))
                    .isEqualTo("storage_failed");

            // Blocked once: the retry after the cause is gone succeeds.
            String survivor = uploads.publish(user, clips.bytes(SampleClip.portrait(1.5, 440)), Map.of()).text("video_id");
            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(jdbc, survivor) >= 1);
            Files.delete(work);
            await().atMost(Duration.ofSeconds(60)).until(() -> "ready".equals(status(jdbc, survivor)));
            assertThat(attempts(jdbc, survivor)).isGreaterThanOrEqualTo(2);
            // The video module publishes from the asset's event, a moment after the asset is ready.
            await().atMost(Duration.ofSeconds(10)).until(() -> "published".equals(
                    api.get("/api/v1/videos/" + survivor + "/status", user.accessToken()).text("status")));
        }
    }

    private static String status(JdbcClient jdbc, String videoId) {
        return jdbc.sql("SELECT status FROM media.assets WHERE id = ?").param(VideoId.parse(videoId).assetId())
                .query(String.class).optional().orElse("none");
    }

    private static int attempts(JdbcClient jdbc, String videoId) {
        return jdbc.sql("SELECT attempts FROM media.assets WHERE id = ?").param(VideoId.parse(videoId).assetId())
                .query(Integer.class).optional().orElse(0);
    }
}
