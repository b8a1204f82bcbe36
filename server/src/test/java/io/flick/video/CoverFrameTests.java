package io.flick.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.Clips;
import io.flick.support.IntegrationTest;
import io.flick.support.Uploads;

/** The uploader's cover time (upload complete's cover_time) picks the picture the thumbnails show. */
class CoverFrameTests extends IntegrationTest {

    /** testsrc2 draws a running clock and moving shapes: every moment of it looks different. */
    private static final SampleClip MOVING = new SampleClip("testsrc2", 180, 320, 15, 4, 0);

    @Autowired
    SampleClips sampleClips;

    Uploads uploads;
    byte[] clip;

    @BeforeEach
    void tools() {
        uploads = new Uploads(api);
        clip = new Clips(sampleClips).bytes(MOVING);
    }

    @Test
    void theThumbnailIsThePictureAtTheChosenCoverTimeAndATimePastTheEndTakesTheLastMoment() {
        byte[] early = thumbnail(publish(Map.of("cover_time", 0.2)));
        byte[] late = thumbnail(publish(Map.of("cover_time", 3.5)));
        byte[] pastTheEnd = thumbnail(publish(Map.of("cover_time", 50)));

        assertThat(Arrays.equals(early, late)).as("thumbnails at 0.2 s and 3.5 s").isFalse();
        // 4 s clip: a time past its end is clamped to half a second before it, the same picture.
        assertThat(pastTheEnd).isEqualTo(late);
    }

    @Test
    void aCoverTimeThatNoClipCanHaveIsRefusedByNameAndTheUploadStaysUsable() {
        var user = accounts.signUp();
        var ticket = uploads.init(user, clip.length);
        assertThat(uploads.put(ticket, clip).status()).isEqualTo(200);

        for (Object hostile : new Object[] {-1, -0.001, "NaN", "Infinity", "-Infinity", 61, 1e308}) {
            var refused = uploads.complete(user, ticket.uploadId(), Map.of("cover_time", hostile));
            assertThat(refused.status()).as("cover_time %s: %s", hostile, refused).isEqualTo(400);
            assertThat(refused.text("code")).isEqualTo("validation_failed");
            assertThat(refused.fieldErrors()).containsExactly("cover_time:range");
        }
        for (String body : new String[] {"\"abc\"", "true", "[1]", "{}", "\"1\u0000\"", "\"" + "9".repeat(10_000) + "\"",
                "NaN", "1e999"}) {
            var refused = api.postRaw("/api/v1/videos/upload/complete", "application/json",
                    ("{\"upload_id\":\"" + ticket.uploadId() + "\",\"cover_time\":" + body + "}").getBytes(StandardCharsets.UTF_8),
                    user.accessToken());
            assertThat(refused.status()).as("cover_time %s: %s", body.length() > 20 ? body.substring(0, 20) : body, refused)
                    .isBetween(400, 499);
        }

        var completed = uploads.complete(user, ticket.uploadId(), Map.of("cover_time", 0));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
    }

    private Published publish(Map<String, Object> details) {
        var user = accounts.signUp();
        var completed = uploads.publish(user, clip, new HashMap<>(details));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return new Published(user, completed.text("video_id"));
    }

    private byte[] thumbnail(Published video) {
        String token = accounts.logIn(video.owner()).accessToken();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            var status = api.get("/api/v1/videos/" + video.id() + "/status", token);
            assertThat(status.text("status")).as(status.toString()).isNotEqualTo("failed");
            return status.text("status").equals("published");
        });
        Api.Response card = api.get("/api/v1/videos/" + video.id(), token);
        return api.bytes(card.text("thumbnail_url"));
    }

    private record Published(Accounts.Login owner, String id) {
    }
}
