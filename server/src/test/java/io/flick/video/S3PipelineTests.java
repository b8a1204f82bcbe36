package io.flick.video;

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
import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.platform.storage.InProcessS3;
import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.Clips;
import io.flick.support.Uploads;

/**
 * The same upload-to-HLS path with S3-compatible storage (a real in-process s3proxy): the client
 * PUTs straight into the bucket with a presigned URL, the job reads and writes the bucket, and the
 * server delivers from it.
 */
class S3PipelineTests {

    private static final String CDN = "https://cdn.flick.example";

    @TempDir
    Path dataDir;

    @Test
    void aClipUploadedStraightToS3BecomesPlayableHls() throws Exception {
        try (var s3 = InProcessS3.start()) {
            String bucket = s3.createBucket();
            try (var app = new SpringApplicationBuilder(FlickApplication.class).run("--flick.data-dir=" + dataDir,
                    "--server.port=0", "--flick.storage.type=s3", "--flick.storage.s3.endpoint=" + s3.endpoint(),
                    "--flick.storage.s3.bucket=" + bucket, "--flick.storage.s3.access-key=" + InProcessS3.ACCESS_KEY,
                    "--flick.storage.s3.secret-key=" + InProcessS3.SECRET_KEY, "--flick.media.delivery.cdn-url=" + CDN,
                    "--flick.account.dev-outbox=on")) {
                var api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
                var user = new Accounts(api).signUp();
                byte[] clip = new Clips(app.getBean(SampleClips.class)).bytes(SampleClip.portrait(2, 440));
                var uploads = new Uploads(api);

                var ticket = uploads.init(user, clip.length);
                assertThat(ticket.uploadUrl()).startsWith(s3.endpoint().toString()).contains("X-Amz-Signature");
                assertThat(uploads.put(ticket, clip).status()).isEqualTo(200);
                String videoId = uploads.complete(user, ticket.uploadId(), Map.of("caption", "from the bucket"))
                        .text("video_id");

                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                        api.get("/api/v1/videos/" + videoId + "/status", user.accessToken()).text("status"),
                        status -> status.equals("published") || status.equals("failed"));
                var video = api.get("/api/v1/videos/" + videoId).json();
                // Links point at the CDN, whose origin is this server's /media.
                assertThat(video.path("thumbnail_url").asString()).startsWith(CDN + "/media/v/");
                String master = video.path("video_urls").path("master").asString().replace(CDN, "");
                assertThat(api.get(master).body()).contains("#EXT-X-STREAM-INF");
                String rung = video.path("video_urls").path("180p").asString().replace(CDN, "");
                assertThat(api.get(rung.replace("index.m3u8", "seg_000.m4s")).status()).isEqualTo(200);
                long asset = io.flick.shared.VideoId.parse(videoId).value();
                assertThat(s3.keys(bucket)).contains("videos/" + asset + "/master.m3u8", "videos/" + asset + "/audio.m4a",
                        "videos/" + asset + "/180p/index.m3u8");
            }
        }
    }
}
