package io.flick.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts;
import io.flick.support.Clips;
import io.flick.support.IntegrationTest;
import io.flick.support.Uploads;

/** Files that are not acceptable clips end as a failed video with a reason, and the server keeps serving. */
class HostileUploadTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Autowired
    JdbcClient jdbc;

    Clips clips;
    Uploads uploads;
    Accounts.Login user;

    @BeforeEach
    void tools() {
        clips = new Clips(sampleClips);
        uploads = new Uploads(api);
        user = accounts.signUp();
    }

    @Test
    void zeroBytes() {
        var ticket = uploads.init(user, 1);
        assertThat(uploads.put(ticket, new byte[0]).status()).isEqualTo(200);
        String video = uploads.complete(user, ticket.uploadId(), Map.of()).text("video_id");

        assertFailed(video, "not_a_video");
    }

    @Test
    void aPictureRenamedToMp4() {
        assertFailed(publish(io.flick.support.Images.png(64, 64)), "not_a_video");
    }

    @Test
    void anArchiveRenamedToMp4() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("clip.mp4"));
            out.write(clips.bytes(SampleClip.portrait(1.5, 440)));
        }
        assertFailed(publish(zip.toByteArray()), "not_a_video");
    }

    @Test
    void aTruncatedMp4() {
        byte[] clip = clips.bytes(new SampleClip("testsrc2", 180, 320, 15, 4, 440));
        // Without its tail (where a non-faststart MP4 keeps its index) or with half its media gone.
        String video = publish(Arrays.copyOf(clip, clip.length / 2));

        assertFailed(video, "undecodable", "not_a_video");
    }

    @Test
    void audioOnly() {
        assertFailed(publish(clips.tone(440, 3)), "not_a_video");
    }

    @Test
    void sixtyOneSeconds() {
        assertFailed(publish(clips.bytes(new SampleClip("testsrc2", 64, 112, 5, 61, 0))), "too_long");
    }

    @Test
    void halfASecond() {
        assertFailed(publish(clips.bytes(new SampleClip("testsrc2", 64, 112, 5, 0.4, 0))), "too_short");
    }

    @Test
    void eightThousandPixelsSquare() {
        assertFailed(publish(clips.bytes(new SampleClip("testsrc", 8000, 8000, 1, 1, 0))), "too_large");
    }

    @Test
    void aMatroskaHeaderClaimingTenSecondsOfTwoMinutesIsTooLong() {
        // Two minutes of pictures under a header that says ten seconds: the probe believes the
        // header, the encode reads at most the limit plus a second and measures what it decoded.
        byte[] lying = clips.matroskaClaiming(new SampleClip("testsrc2", 64, 112, 2, 120, 0), 10);

        assertFailed(publish(lying), "too_long");
    }

    @Test
    void aStripOf4096By16IsRefusedRatherThanBecomingA16pRendition() {
        assertFailed(publish(clips.bytes(new SampleClip("testsrc2", 4096, 16, 5, 2, 0))), "extreme_aspect_ratio");
        assertFailed(publish(clips.bytes(new SampleClip("testsrc2", 16, 4096, 5, 2, 0))), "extreme_aspect_ratio");
    }

    @Test
    void twentySecondsOf4096By4096ExceedTheEncodeBudgetBeforeAnyEncode() {
        // The probe sees 4096x4096 for 20 s (336 megapixel-seconds, over the 250 allowed); two frames
        // under a header claiming 20 s keep the test cheap, the refusal comes from the probe alone.
        byte[] heavy = clips.matroskaClaiming(new SampleClip("testsrc", 4096, 4096, 1, 2, 0), 20);

        String video = publish(heavy);

        assertFailed(video, "too_complex");
        assertThat(jdbc.sql("SELECT count(*) FROM media.renditions WHERE asset_id = ?")
                .param(io.flick.shared.VideoId.parse(video).assetId()).query(Integer.class).single()).isZero();
    }

    private String publish(byte[] content) {
        var response = uploads.publish(user, content, Map.of("caption", "hostile"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("video_id");
    }

    private void assertFailed(String videoId, String... reasons) {
        var status = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/v1/videos/" + videoId + "/status", accounts.logIn(user).accessToken()),
                        s -> !"processing".equals(s.text("status")));
        assertThat(status.text("status")).as(status.toString()).isEqualTo("failed");
        assertThat(status.text("failure_reason")).isIn((Object[]) reasons);
        assertThat(api.get("/api/v1/videos/" + videoId).status()).isEqualTo(404); // nobody else sees a failed video
        assertThat(api.get("/actuator/health/readiness").text("status")).isEqualTo("UP");
    }
}
