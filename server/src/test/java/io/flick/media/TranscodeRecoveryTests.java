package io.flick.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import io.flick.FlickApplication;
import io.flick.media.ffmpeg.FfmpegBinary;
import io.flick.media.ffmpeg.OsProcessLauncher;
import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.Clips;
import io.flick.support.ServerProcess;
import io.flick.support.Uploads;

/**
 * A server killed (SIGKILL), or stopped (Ctrl-C, SIGTERM), in the middle of an encode: after a restart
 * the durable job runs again (a killed worker's once its heartbeat has gone stale) and the video completes.
 */
class TranscodeRecoveryTests {

    private static final String FAST_HEARTBEAT = "--flick.media.processing.heartbeat=1s";

    @TempDir
    Path dataDir;

    @Test
    void anEncodeInterruptedByACrashCompletesAfterARestart() throws Exception {
        try (var server = ServerProcess.start(dataDir, FAST_HEARTBEAT)) {
            var api = new Api(server.port());
            var accounts = new Accounts(api);
            var user = accounts.signUp();
            byte[] clip = new Clips(new SampleClips(FfmpegBinary.bundled(), new OsProcessLauncher()))
                    .bytes(new SampleClip("testsrc2", 720, 1280, 30, 8, 440));
            String videoId = new Uploads(api).publish(user, clip, Map.of("caption", "interrupted")).text("video_id");

            // Kill it while the encode runs.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                    api.get("/api/v1/videos/" + videoId + "/status", user.accessToken()).json().path("progress").asInt() > 0);
            server.kill();

            try (var restarted = new SpringApplicationBuilder(FlickApplication.class)
                    .run("--flick.data-dir=" + dataDir, "--server.port=0", "--flick.demo.enabled=false", FAST_HEARTBEAT)) {
                var after = new Api(((WebServerApplicationContext) restarted).getWebServer().getPort());
                var login = new Accounts(after).logIn(user);
                var status = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(
                        () -> after.get("/api/v1/videos/" + videoId + "/status", login.accessToken()),
                        s -> s.json().path("available_qualities").size() == 3);
                assertThat(status.text("status")).isEqualTo("published");
                assertThat(status.json().path("available_qualities").toString()).isEqualTo("[\"720p\",\"480p\",\"360p\"]");
                String master = after.get("/api/v1/videos/" + videoId).json().path("video_urls").path("master").asString();
                assertThat(after.get(master).body()).contains("720p/index.m3u8", "480p/index.m3u8", "360p/index.m3u8");
            }
        }
    }

    @Test
    void anEncodeInterruptedByAStopCompletesAfterARestart() {
        String videoId;
        Accounts.Login user;
        try (var server = new SpringApplicationBuilder(FlickApplication.class).run(arguments())) {
            var api = new Api(((WebServerApplicationContext) server).getWebServer().getPort());
            user = new Accounts(api).signUp();
            byte[] clip = new Clips(new SampleClips(FfmpegBinary.bundled(), new OsProcessLauncher()))
                    .bytes(new SampleClip("testsrc2", 720, 1280, 30, 16, 440));
            videoId = new Uploads(api).publish(user, clip, Map.of("caption", "stopped")).text("video_id");
            String id = videoId;
            var owner = user;
            // Stop it gracefully (closing the context is what SIGTERM and Ctrl-C do) while the encode runs: with
            // one encoder thread, what is left of 16 s at 720p outlasts the 5 s a stop waits for running jobs.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                    api.get("/api/v1/videos/" + id + "/status", owner.accessToken()).json().path("progress").asInt() > 0);
        }

        try (var restarted = new SpringApplicationBuilder(FlickApplication.class).run(arguments())) {
            var after = new Api(((WebServerApplicationContext) restarted).getWebServer().getPort());
            var login = new Accounts(after).logIn(user);
            String id = videoId;
            var status = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(
                    () -> after.get("/api/v1/videos/" + id + "/status", login.accessToken()),
                    s -> s.json().path("available_qualities").size() == 3 || !s.json().path("failure_reason").isMissingNode()
                            && !s.json().path("failure_reason").isNull());
            assertThat(status.json().path("failure_reason").isMissingNode() || status.json().path("failure_reason").isNull())
                    .as("a stop is not the clip's failure: %s", status).isTrue();
            assertThat(status.text("status")).isEqualTo("published");
        }
    }

    private String[] arguments() {
        return new String[] {"--flick.data-dir=" + dataDir, "--server.port=0", "--flick.demo.enabled=false",
                "--flick.account.dev-outbox=on", "--flick.media.encode-threads=1", FAST_HEARTBEAT};
    }
}
