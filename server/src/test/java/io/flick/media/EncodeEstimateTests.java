package io.flick.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts;
import io.flick.support.Clips;
import io.flick.support.IntegrationTest;
import io.flick.support.Uploads;

/**
 * The processing estimate an uploader sees ({@code estimated_completion}) comes from this machine's
 * own encodes: after a few, a clip like them is estimated within a factor of two of how long it
 * really takes. Compared with durations measured in the same run, never with an absolute speed.
 * A server of its own, so the encodes it learns from are only these.
 */
@TestPropertySource(properties = "flick.test.server=estimates")
class EncodeEstimateTests extends IntegrationTest {

    private static final SampleClip CLIP = new SampleClip("testsrc2", 480, 854, 15, 4, 440);

    @Autowired
    SampleClips sampleClips;

    @Test
    void afterAFewEncodesTheEstimateForALikeClipIsWithinAFactorOfTwoOfTheRealTime() {
        var uploader = accounts.signUp();
        byte[] clip = new Clips(sampleClips).bytes(CLIP);
        for (int run = 0; run < 3; run++) {
            publishAndWait(uploader, clip);
        }
        Timed next = publishAndWait(uploader, clip);

        assertThat(next.estimatedSeconds()).as("estimated %.1f s, took %.1f s", next.estimatedSeconds(), next.actualSeconds())
                .isBetween(next.actualSeconds() / 2, next.actualSeconds() * 2);
    }

    private record Timed(double estimatedSeconds, double actualSeconds) {
    }

    /** Publishes as the web client does (declaring the clip's length and size) and times it to ready. */
    private Timed publishAndWait(Accounts.Login uploader, byte[] clip) {
        var init = api.post("/api/v1/videos/upload/init", Map.of("file_size", clip.length, "video_duration", CLIP.seconds(),
                "video_metadata", Map.of("width", CLIP.width(), "height", CLIP.height(), "fps", CLIP.fps())), uploader.accessToken());
        assertThat(init.status()).as(init.toString()).isEqualTo(201);
        var uploads = new Uploads(api);
        var ticket = new Uploads.Ticket(init.text("upload_id"), init.text("upload_url"), init.text("resumable_url"));
        assertThat(uploads.put(ticket, clip).status()).isEqualTo(200);

        long started = System.nanoTime();
        Instant asked = clock.instant();
        var completed = uploads.complete(uploader, ticket.uploadId(), Map.of("caption", "timed"));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        double estimated = Duration.between(asked, Instant.parse(completed.text("estimated_completion"))).toMillis() / 1000.0;
        String video = completed.text("video_id");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() ->
                api.get("/api/v1/videos/" + video + "/status", uploader.accessToken()).json().path("progress").asInt() == 100);
        return new Timed(estimated, (System.nanoTime() - started) / 1e9);
    }
}
