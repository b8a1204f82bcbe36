package io.flick.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.shared.VideoId;
import io.flick.support.Clips;
import io.flick.support.IntegrationTest;
import io.flick.support.Uploads;

/** One encode at a time, and someone uploading many clips does not make a single upload wait for all of them. */
class FairQueueTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSingleUploadOvertakesTheQueueOfABusyUploader() {
        var clips = new Clips(sampleClips);
        var uploads = new Uploads(api);
        var busy = accounts.signUp();
        var occasional = accounts.signUp();
        byte[] slow = clips.bytes(new SampleClip("testsrc2", 720, 1280, 15, 4, 440));
        byte[] quick = clips.bytes(SampleClip.portrait(1.5, 440));

        List<String> busyVideos = new ArrayList<>();
        busyVideos.add(uploads.publish(busy, slow, Map.of()).text("video_id"));
        busyVideos.add(uploads.publish(busy, quick, Map.of()).text("video_id"));
        busyVideos.add(uploads.publish(busy, quick, Map.of()).text("video_id"));
        String single = uploads.publish(occasional, quick, Map.of()).text("video_id");

        List<String> all = new ArrayList<>(busyVideos);
        all.add(single);
        await().atMost(Duration.ofSeconds(120)).until(() -> all.stream().allMatch(this::finished));
        assertThat(started(single)).isBefore(started(busyVideos.get(1)));
        assertThat(started(busyVideos.get(1))).isBefore(started(busyVideos.get(2)));
        // One at a time: each started after the previous one finished.
        assertThat(started(single)).isAfterOrEqualTo(finishedAt(busyVideos.get(0)));
    }

    private boolean finished(String videoId) {
        return jdbc.sql("SELECT status FROM media.assets WHERE id = ?").param(VideoId.parse(videoId).value())
                .query(String.class).optional().filter(status -> status.equals("ready")).isPresent();
    }

    private OffsetDateTime started(String videoId) {
        return jdbc.sql("SELECT started_at FROM media.assets WHERE id = ?").param(VideoId.parse(videoId).value())
                .query(OffsetDateTime.class).single();
    }

    private OffsetDateTime finishedAt(String videoId) {
        return jdbc.sql("SELECT finished_at FROM media.assets WHERE id = ?").param(VideoId.parse(videoId).value())
                .query(OffsetDateTime.class).single();
    }
}
