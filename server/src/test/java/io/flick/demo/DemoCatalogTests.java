package io.flick.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.FlickApplication;
import io.flick.account.AccountProvisioning;
import io.flick.media.ffmpeg.FfmpegBinary;
import io.flick.media.ffmpeg.OsProcessLauncher;
import io.flick.shared.VideoId;
import io.flick.support.Accounts;
import io.flick.support.Uploads;
import io.flick.support.Api;

/**
 * A fresh embedded installation gets demo creators and clips through the real pipeline; a failure
 * part-way is an error naming its fix, the next start goes on without making a clip twice, and the
 * ready line says how far the catalogue is.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoCatalogTests {

    @TempDir
    Path dataDir;

    /**
     * The first start's ffmpeg cannot make the second clip (a system library only that clip needs is
     * missing, as drawtext's libfreetype could be): the first clip is published, the failure is an
     * ERROR with the fix, and the ready line claims nothing. The next start reports the last failure,
     * goes on with the clips not made yet and publishes the whole catalogue; a third start adds nothing.
     */
    @Test
    void aFailurePartWayIsReportedWithItsFixAndTheNextStartGoesOnWithoutMakingAClipTwice(@TempDir Path bin,
                                                                                          CapturedOutput output) throws IOException {
        Path bundled = FfmpegBinary.bundled().executable();
        Path ffmpeg = bin.resolve("ffmpeg");
        install(ffmpeg, """
                #!/bin/sh
                case "$*" in *clip-1.mp4*)
                    echo "$0: error while loading shared libraries: libfreetype.so.6: cannot open shared object file: No such file or directory" >&2
                    exit 127;;
                esac
                LD_LIBRARY_PATH="%s${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "%s" "$@"
                """.formatted(bundled.getParent(), bundled));
        try (var app = start("--flick.media.ffmpeg-path=" + ffmpeg, "--flick.demo.retry-backoff=1h")) {
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(output.getOut()).contains("demo catalogue: 0 of 2 published, seeding in the background…");
            await().atMost(Duration.ofSeconds(60)).until(() -> output.getOut().contains("Demo catalogue failed"));
            assertThat(output.getOut()).containsPattern("ERROR .*Demo catalogue failed: ffmpeg cannot run: the system library"
                    + " libfreetype.so.6 is missing — install the package that provides libfreetype.so.6");
            await().atMost(Duration.ofSeconds(60)).until(() -> published(jdbc) == 1);
            assertThat(jdbc.sql("SELECT post FROM demo.posts").query(Integer.class).list()).containsExactly(0);
        }

        try (var app = start()) {
            var api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(output.getOut()).contains("demo catalogue failed at the last attempt: ffmpeg cannot run: the system"
                    + " library libfreetype.so.6 is missing").contains("(demo catalogue: 1 of 2 published; trying again now)");
            await().atMost(Duration.ofSeconds(120)).until(() -> published(jdbc) == 2);
            assertThat(jdbc.sql("SELECT count(*) FROM video.videos").query(Integer.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("SELECT post FROM demo.posts ORDER BY post").query(Integer.class).list()).containsExactly(0, 1);
            assertThat(jdbc.sql("SELECT count(*) FROM account.users").query(Integer.class).single())
                    .isEqualTo(DemoScript.CREATORS.size());
            await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains("Demo catalogue: 2 of 2 published"));

            var login = api.post("/api/v1/auth/login", Map.of("login", "maya.moves", "password", DemoScript.PASSWORD));
            assertThat(login.status()).isEqualTo(200);
            var video = api.get("/api/v1/videos/" + PublicVideo.first(jdbc)).json();
            assertThat(video.path("caption").asString()).contains("#");
            assertThat(video.path("user").path("display_name").asString()).isEqualTo("Maya Moves");
            assertThat(video.path("sound").path("name").asString()).startsWith("Original sound - @");
            assertThat(video.path("video_urls").path("master").asString()).endsWith("master.m3u8");
        }

        try (var again = start()) {
            var jdbc = again.getBean(JdbcClient.class);
            assertThat(output.getOut()).contains("demo catalogue: 2 of 2 published" + System.lineSeparator());
            assertThat(jdbc.sql("SELECT count(*) FROM video.videos").query(Integer.class).single()).isEqualTo(2);
        }
    }

    /**
     * An ffmpeg that cannot run, as when a system library is missing: media processing's health is
     * DOWN with the loader's message (liveness and readiness stay UP: the node still serves), the
     * demo catalog says why it cannot be seeded and keeps trying, and once ffmpeg runs the health
     * is UP again and the demo is seeded, with no restart.
     */
    @Test
    void aBrokenFfmpegIsReportedAndTheDemoIsSeededOnceItRuns(@TempDir Path bin, CapturedOutput output) throws IOException {
        Path ffmpeg = bin.resolve("ffmpeg");
        install(ffmpeg, """
                #!/bin/sh
                echo "$0: error while loading shared libraries: libpulse.so.0: cannot open shared object file: No such file or directory" >&2
                exit 127
                """);
        byte[] clip = clipMadeByTheBundledFfmpeg(bin);
        try (var app = start("--flick.media.ffmpeg-path=" + ffmpeg, "--flick.demo.retry-backoff=200ms",
                "--flick.media.processing.retry-backoff=500ms", "--management.endpoint.health.show-details=always")) {
            var api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            var jdbc = app.getBean(JdbcClient.class);

            var health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().path("status").asString()).isEqualTo("DOWN");
            var media = health.json().path("components").path("media");
            assertThat(media.path("status").asString()).isEqualTo("DOWN");
            assertThat(media.path("details").path("error").asString()).contains("exit 127").contains("libpulse.so.0");
            assertThat(api.get("/actuator/health/liveness").json().path("status").asString()).isEqualTo("UP");
            assertThat(api.get("/actuator/health/readiness").json().path("status").asString()).isEqualTo("UP");

            await().atMost(Duration.ofSeconds(60)).until(() -> occurrences(output.getOut(), "Demo catalogue failed") >= 3);
            assertThat(output.getOut()).contains("the system library libpulse.so.0 is missing").contains("trying again in");
            // Nothing was provisioned while no clip could be made: the installation is still fresh.
            assertThat(jdbc.sql("SELECT count(*) FROM account.users").query(Integer.class).single()).isZero();

            // An upload meanwhile is not blamed: it waits (processing, no failure) rather than failing as not_a_video.
            app.getBean(AccountProvisioning.class).provision("patient.uploader", "Patient", "patient@example.com",
                    DemoScript.PASSWORD);
            var login = api.post("/api/v1/auth/login", Map.of("login", "patient.uploader", "password", DemoScript.PASSWORD));
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            var uploader = Accounts.Login.of(login);
            String waiting = new Uploads(api).publish(uploader, clip, Map.of("caption", "waiting")).text("video_id");
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT attempts FROM media.assets WHERE id = ?")
                    .param(VideoId.parse(waiting).assetId()).query(Integer.class).optional().orElse(0) >= 2);
            var status = api.get("/api/v1/videos/" + waiting + "/status", uploader.accessToken());
            assertThat(status.text("status")).as(status.toString()).isEqualTo("processing");
            assertThat(status.json().path("failure_reason").isNull()).isTrue();

            Path bundled = FfmpegBinary.bundled().executable();
            install(ffmpeg, """
                    #!/bin/sh
                    LD_LIBRARY_PATH="%s${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "%s" "$@"
                    """.formatted(bundled.getParent(), bundled));

            await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/actuator/health").status() == 200);
            assertThat(api.get("/actuator/health").json().path("components").path("media").path("details")
                    .path("ffmpeg").asString()).startsWith("ffmpeg version");
            await().atMost(Duration.ofSeconds(120)).until(() ->
                    jdbc.sql("SELECT count(*) FROM video.videos WHERE status = 'published'").query(Integer.class).single() == 3);
            assertThat(api.get("/api/v1/videos/" + waiting).status()).isEqualTo(200);
        }
    }

    /** A clip made apart from the server, whose own ffmpeg cannot run. */
    private static byte[] clipMadeByTheBundledFfmpeg(Path dir) throws IOException {
        Path file = dir.resolve("clip.mp4");
        var command = FfmpegBinary.bundled().command(List.of("-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                "testsrc2=s=180x320:r=15:d=2", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                file.toString()), dir);
        try {
            var exit = new OsProcessLauncher().start(command, line -> { }, line -> { }).waitFor(Duration.ofSeconds(60));
            assertThat(exit).hasValue(0);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return Files.readAllBytes(file);
    }

    private static int published(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM video.videos WHERE status = 'published'").query(Integer.class).single();
    }

    private org.springframework.context.ConfigurableApplicationContext start(String... settings) {
        var arguments = new java.util.ArrayList<>(List.of("--flick.data-dir=" + dataDir, "--server.port=0",
                "--flick.demo.enabled=true", "--flick.demo.clips=2"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(FlickApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Replaces the script in one step, so a run never reads half of it. */
    private static void install(Path script, String content) throws IOException {
        Path next = Files.writeString(script.resolveSibling(script.getFileName() + ".next"), content);
        Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.move(next, script, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static final class PublicVideo {
        static String first(JdbcClient jdbc) {
            long id = jdbc.sql("SELECT id FROM video.videos WHERE status = 'published' ORDER BY id LIMIT 1")
                    .query(Long.class).single();
            return new io.flick.shared.VideoId(id).toString();
        }
    }
}
