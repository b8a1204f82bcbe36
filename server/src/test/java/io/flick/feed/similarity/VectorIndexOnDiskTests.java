package io.flick.feed.similarity;

import static io.flick.feed.similarity.RandomVectors.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an index on disk keeps across a close, a crash and a restart. */
class VectorIndexOnDiskTests {

    static final int DIMENSIONS = 384;

    @TempDir
    Path folder;

    RandomVectors random = new RandomVectors(11, DIMENSIONS);

    @Test
    void aReopenedIndexHasItsItemsAndFindsThem() {
        Path path = folder.resolve("index");
        Map<Long, float[]> items = random.items(50);
        try (VectorIndex index = VectorIndex.onDisk(path, DIMENSIONS)) {
            index.putAll(items);
            index.remove(7);
        }

        try (VectorIndex reopened = VectorIndex.onDisk(path, DIMENSIONS)) {
            assertThat(reopened.size()).isEqualTo(49);
            assertThat(reopened.contains(8)).isTrue();
            assertThat(reopened.contains(7)).isFalse();
            assertThat(ids(reopened.nearest(items.get(8L), 1))).containsExactly(8L);
        }
    }

    @Test
    void afterACrashTheIndexHoldsExactlyWhatWasCommitted() throws IOException {
        Path path = folder.resolve("index");
        Path afterCrash = folder.resolve("after-crash");
        Map<Long, float[]> items = random.items(20);
        try (VectorIndex index = VectorIndex.onDisk(path, DIMENSIONS)) {
            items.forEach((item, vector) -> {
                if (item < 10) {
                    index.put(item, vector);
                }
            });
            index.commit();
            items.forEach((item, vector) -> {
                if (item >= 10) {
                    index.put(item, vector);
                }
            });
            index.remove(0);
            // Searching flushes the uncommitted writes into segment files, as a busy server would.
            assertThat(index.size()).isEqualTo(19);
            // The files as the process leaves them if it dies now: no close, no final commit.
            copyFolder(path, afterCrash);
        }

        try (VectorIndex recovered = VectorIndex.onDisk(afterCrash, DIMENSIONS)) {
            assertThat(recovered.size()).isEqualTo(10);
            for (long item = 0; item < 20; item++) {
                assertThat(recovered.contains(item)).as("item %d", item).isEqualTo(item < 10);
            }
            recovered.put(10, items.get(10L));
            assertThat(ids(recovered.nearest(items.get(10L), 1))).containsExactly(10L);
        }
    }

    @Test
    void writesAreCommittedInTheBackground() throws IOException {
        Path path = folder.resolve("index");
        try (VectorIndex index = VectorIndex.onDisk(path, DIMENSIONS, Duration.ofMillis(50))) {
            index.put(1, random.next());
            index.put(2, random.next());

            await().atMost(Duration.ofSeconds(10)).until(() -> committedItems(path) == 2);
        }
    }

    @Test
    void reopeningWithOtherDimensionsIsRefused() {
        Path path = folder.resolve("index");
        try (VectorIndex index = VectorIndex.onDisk(path, DIMENSIONS)) {
            index.put(1, random.next());
        }

        assertThatThrownBy(() -> VectorIndex.onDisk(path, 128))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("384");
        try (VectorIndex stillUsable = VectorIndex.onDisk(path, DIMENSIONS)) {
            assertThat(stillUsable.contains(1)).isTrue();
        }
    }

    private static int committedItems(Path path) throws IOException {
        try (var directory = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (var reader = DirectoryReader.open(directory)) {
                return reader.numDocs();
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
