package io.flick.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.discovery.index.SearchIndex;
import io.flick.discovery.index.SearchIndexLifecycle;
import io.flick.media.samples.SampleClips;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

/**
 * The index is derived state: unreadable on disk, it is deleted and rebuilt from the catalog in the
 * background while search answers, saying {@code degraded}, and complete again once rebuilt.
 */
class SearchIndexRebuildTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;
    @Autowired
    SearchIndexLifecycle lifecycle;
    @Autowired
    SearchIndex index;
    @Autowired
    DataSource dataSource;

    @Test
    void aCorruptIndexIsRebuiltFromTheCatalogWhileSearchAnswersDegraded() throws Exception {
        String word = SearchTests.word(9);
        var creator = accounts.signUp();
        String video = new PublishedVideos(api, accounts, sampleClips).publish(creator, Map.of("caption", word));
        await().until(() -> videos(word), ids -> ids.contains(video));

        lifecycle.stop();
        corrupt(index.folder());
        // The rebuild reads people and sounds, then waits for the videos this lock holds: meanwhile
        // search answers from what it has, and says so.
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE video.videos IN ACCESS EXCLUSIVE MODE");
            }
            lifecycle.start();
            await().until(() -> api.get("/api/v1/search/users?q=" + creator.username()),
                    answer -> answer.status() == 200 && answer.json().path("users").size() == 1);
            var degraded = api.get("/api/v1/search/users?q=" + creator.username());
            assertThat(degraded.json().path("degraded").asBoolean()).isTrue();
            assertThat(degraded.json().path("users").get(0).path("user").path("user_id").asString())
                    .isEqualTo(creator.userId());
            lock.rollback();
        }

        await().until(() -> !api.get("/api/v1/search/users?q=" + creator.username()).json().path("degraded").asBoolean());
        assertThat(videos(word)).containsExactly(video);
    }

    @Test
    void aDeletedIndexFolderIsRebuiltAtTheNextStart() throws Exception {
        String word = SearchTests.word(9);
        var creator = accounts.signUp();
        String video = new PublishedVideos(api, accounts, sampleClips).publish(creator, Map.of("caption", word));
        await().until(() -> videos(word), ids -> ids.contains(video));

        lifecycle.stop();
        try (Stream<Path> files = Files.walk(index.folder())) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        lifecycle.start();

        await().until(() -> !api.get("/api/v1/search/videos?q=" + word).json().path("degraded").asBoolean());
        assertThat(videos(word)).containsExactly(video);
    }

    /** Every file of the index overwritten with noise of the same length. */
    private static void corrupt(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.endsWith("write.lock")).toList()) {
                byte[] noise = new byte[(int) Math.max(Files.size(file), 64)];
                ThreadLocalRandom.current().nextBytes(noise);
                Files.write(file, noise);
            }
        }
    }

    private List<String> videos(String q) {
        Api.Response answer = api.get("/api/v1/search/videos?q=" + q);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().path("videos").forEach(card -> ids.add(card.path("video_id").asString()));
        return ids;
    }
}
