package io.flick.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.FlickApplication;
import io.flick.support.Api;

/** A fresh embedded installation gets demo creators and clips through the real pipeline; a second start adds nothing. */
class DemoCatalogTests {

    @TempDir
    Path dataDir;

    @Test
    void aFreshInstallationIsSeededOnceThroughTheRealPipeline() {
        try (var app = start()) {
            var api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            var jdbc = app.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(120)).until(() ->
                    jdbc.sql("SELECT count(*) FROM video.videos WHERE status = 'published'").query(Integer.class).single() == 2);

            var login = api.post("/api/v1/auth/login", Map.of("login", "maya.moves", "password", DemoScript.PASSWORD));
            assertThat(login.status()).isEqualTo(200);
            String videoId = PublicVideo.first(jdbc);
            var video = api.get("/api/v1/videos/" + videoId).json();
            assertThat(video.path("caption").asString()).contains("#");
            assertThat(video.path("sound").path("name").asString()).startsWith("Original sound - @");
            assertThat(video.path("video_urls").path("master").asString()).endsWith("master.m3u8");
        }
        try (var again = start()) {
            var jdbc = again.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM video.videos").query(Integer.class).single()).isEqualTo(2);
        }
    }

    private org.springframework.context.ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FlickApplication.class)
                .run("--flick.data-dir=" + dataDir, "--server.port=0", "--flick.demo.enabled=true", "--flick.demo.clips=2");
    }

    private static final class PublicVideo {
        static String first(JdbcClient jdbc) {
            long id = jdbc.sql("SELECT id FROM video.videos WHERE status = 'published' ORDER BY id LIMIT 1")
                    .query(Long.class).single();
            return new io.flick.shared.VideoId(id).toString();
        }
    }
}
