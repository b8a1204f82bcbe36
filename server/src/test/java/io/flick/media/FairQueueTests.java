package io.flick.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
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

    @Test
    void anotherAccountsNextUploadRunsBeforeTheSecondOfAFloodQueuedBeforeIt() throws Exception {
        var clips = new Clips(sampleClips);
        var uploads = new Uploads(api);
        var flooder = accounts.signUp();
        var regular = accounts.signUp();
        byte[] slow = clips.bytes(new SampleClip("testsrc2", 720, 1280, 15, 6, 440));
        byte[] quick = clips.bytes(SampleClip.portrait(1.5, 440));
        // The regular posted earlier today; that must not put their next upload behind someone's flood.
        String earlier = uploads.publish(regular, quick, Map.of()).text("video_id");
        await().atMost(Duration.ofSeconds(60)).until(() -> finished(earlier));

        var floodTickets = new ArrayList<Uploads.Ticket>();
        for (int i = 0; i < 6; i++) {
            var ticket = uploads.init(flooder, (i == 0 ? slow : quick).length);
            assertThat(uploads.put(ticket, i == 0 ? slow : quick).status()).isEqualTo(200);
            floodTickets.add(ticket);
        }
        var regularTicket = uploads.init(regular, quick.length);
        assertThat(uploads.put(regularTicket, quick).status()).isEqualTo(200);

        // The flood's first clip holds the encoder; the rest of the flood is completed all at once.
        String first = uploads.complete(flooder, floodTickets.getFirst().uploadId(), Map.of()).text("video_id");
        await().atMost(Duration.ofSeconds(60)).until(() -> hasStarted(first));
        List<String> flood = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var completes = floodTickets.subList(1, floodTickets.size()).stream()
                    .map(ticket -> executor.submit(() -> uploads.complete(flooder, ticket.uploadId(), Map.of())))
                    .toList();
            for (var complete : completes) {
                flood.add(complete.get().text("video_id"));
            }
        }
        String next = uploads.complete(regular, regularTicket.uploadId(), Map.of()).text("video_id");

        List<String> all = new ArrayList<>(flood);
        all.add(first);
        all.add(next);
        await().atMost(Duration.ofSeconds(180)).until(() -> all.stream().allMatch(this::finished));
        assertThat(started(next)).isAfterOrEqualTo(finishedAt(first));
        assertThat(flood).allSatisfy(queuedBefore -> assertThat(started(next)).isBefore(started(queuedBefore)));
    }

    private boolean hasStarted(String videoId) {
        return jdbc.sql("SELECT count(*) FROM media.assets WHERE id = ? AND started_at IS NOT NULL")
                .param(VideoId.parse(videoId).assetId()).query(Integer.class).single() == 1;
    }

    private boolean finished(String videoId) {
        return jdbc.sql("SELECT status FROM media.assets WHERE id = ?").param(VideoId.parse(videoId).assetId())
                .query(String.class).optional().filter(status -> status.equals("ready")).isPresent();
    }

    private OffsetDateTime started(String videoId) {
        return jdbc.sql("SELECT started_at FROM media.assets WHERE id = ?").param(VideoId.parse(videoId).assetId())
                .query(OffsetDateTime.class).single();
    }

    private OffsetDateTime finishedAt(String videoId) {
        return jdbc.sql("SELECT finished_at FROM media.assets WHERE id = ?").param(VideoId.parse(videoId).assetId())
                .query(OffsetDateTime.class).single();
    }
}
