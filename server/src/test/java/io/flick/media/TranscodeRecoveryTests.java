package io.flick.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.util.TestSocketUtils;

import io.flick.FlickApplication;
import io.flick.media.ffmpeg.FfmpegBinary;
import io.flick.media.ffmpeg.OsProcessLauncher;
import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.Clips;
import io.flick.support.Uploads;

/**
 * A server killed (SIGKILL) in the middle of an encode: after a restart the durable job is picked
 * up again once its dead worker's heartbeat has gone stale, and the video completes.
 */
class TranscodeRecoveryTests {

    private static final String FAST_HEARTBEAT = "--flick.media.processing.heartbeat=1s";

    @TempDir
    Path dataDir;

    @Test
    void anEncodeInterruptedByACrashCompletesAfterARestart() throws Exception {
        int port = TestSocketUtils.findAvailableTcpPort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), FlickApplication.class.getName(),
                "--flick.data-dir=" + dataDir, "--server.port=" + port, "--flick.demo.enabled=false", FAST_HEARTBEAT))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-killed.log").toFile())
                .start();
        try {
            var http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
            var api = new Api(port);
            var accounts = new Accounts(api);
            var user = accounts.signUp();
            byte[] clip = new Clips(new SampleClips(FfmpegBinary.bundled(), new OsProcessLauncher()))
                    .bytes(new SampleClip("testsrc2", 720, 1280, 30, 8, 440));
            String videoId = new Uploads(api).publish(user, clip, Map.of("caption", "interrupted")).text("video_id");

            // Kill it while the encode runs.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                    api.get("/api/v1/videos/" + videoId + "/status", user.accessToken()).json().path("progress").asInt() > 0);
            server.destroyForcibly().waitFor();

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
        } finally {
            server.destroyForcibly();
        }
    }
}
