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
import io.flick.shared.UploadId;
import io.flick.shared.VideoId;
import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.Clips;
import io.flick.support.Uploads;

/**
 * Editing and deleting a video with S3-compatible storage (a real in-process s3proxy): a video made
 * private is no longer served at its plain URL but plays signed, and a deleted one leaves no object
 * in the bucket.
 */
class S3VideoLifecycleTests {

    @TempDir
    Path dataDir;

    @Test
    void aVideoMadePrivateIsServedSignedOnlyAndOnceDeletedLeavesNoObjectInTheBucket() throws Exception {
        try (var s3 = InProcessS3.start()) {
            String bucket = s3.createBucket();
            try (var app = new SpringApplicationBuilder(FlickApplication.class).run("--flick.data-dir=" + dataDir,
                    "--server.port=0", "--flick.storage.type=s3", "--flick.storage.s3.endpoint=" + s3.endpoint(),
                    "--flick.storage.s3.bucket=" + bucket, "--flick.storage.s3.access-key=" + InProcessS3.ACCESS_KEY,
                    "--flick.storage.s3.secret-key=" + InProcessS3.SECRET_KEY, "--flick.account.dev-outbox=on")) {
                var api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
                var owner = new Accounts(api).signUp();
                byte[] clip = new Clips(app.getBean(SampleClips.class)).bytes(SampleClip.portrait(1.5, 440));
                var uploads = new Uploads(api);
                var ticket = uploads.init(owner, clip.length);
                assertThat(uploads.put(ticket, clip).status()).isEqualTo(200);
                String video = uploads.complete(owner, ticket.uploadId(), Map.of("caption", "in the bucket")).text("video_id");
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                        "published".equals(api.get("/api/v1/videos/" + video + "/status", owner.accessToken()).text("status")));
                long asset = VideoId.parse(video).value();
                String folder = "videos/" + asset + "/";
                String source = "uploads/" + UploadId.parse(ticket.uploadId()).value() + "/";
                String publicMaster = api.get("/api/v1/videos/" + video).json().path("video_urls").path("master").asString();
                assertThat(api.get(publicMaster).status()).isEqualTo(200);
                assertThat(s3.keys(bucket)).anyMatch(key -> key.startsWith(folder)).anyMatch(key -> key.startsWith(source));

                var edited = api.patch("/api/v1/videos/" + video, Map.of("privacy", "private"), owner.accessToken());

                assertThat(api.get(publicMaster).status()).isEqualTo(404);
                assertThat(api.get(edited.json().path("video_urls").path("master").asString()).status()).isEqualTo(200);

                assertThat(api.delete("/api/v1/videos/" + video, owner.accessToken()).status()).isEqualTo(204);

                assertThat(api.get(edited.json().path("video_urls").path("master").asString()).status()).isEqualTo(404);
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(s3.keys(bucket))
                        .noneMatch(key -> key.startsWith(folder)).noneMatch(key -> key.startsWith(source)));
            }
        }
    }
}
