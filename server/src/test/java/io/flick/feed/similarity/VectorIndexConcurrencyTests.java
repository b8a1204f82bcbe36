package io.flick.feed.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.flick.feed.similarity.VectorIndex.Neighbor;

/** Writers and searchers on one index at the same time. */
class VectorIndexConcurrencyTests {

    static final int DIMENSIONS = 384;
    static final int PUTS_PER_WRITER = 300;

    @Test
    void concurrentPutsRemovesAndSearchesNeitherFailNorLoseWrites() throws Exception {
        try (VectorIndex index = VectorIndex.inMemory(DIMENSIONS);
                ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                long firstItem = writer * 1_000_000L;
                RandomVectors random = new RandomVectors(writer, DIMENSIONS);
                work.add(() -> {
                    for (int i = 0; i < PUTS_PER_WRITER; i++) {
                        index.put(firstItem + i, random.next());
                        if (i % 10 == 9) {
                            index.remove(firstItem + i);
                        }
                    }
                    return PUTS_PER_WRITER;
                });
            }
            for (int searcher = 0; searcher < 2; searcher++) {
                RandomVectors random = new RandomVectors(100 + searcher, DIMENSIONS);
                work.add(() -> {
                    int searches = 0;
                    for (; searches < PUTS_PER_WRITER; searches++) {
                        List<Neighbor> found = index.nearest(random.next(), 10, item -> item % 3 != 0);
                        assertThat(found).hasSizeLessThanOrEqualTo(10)
                                .isSortedAccordingTo(Neighbor.BEST_FIRST)
                                .allMatch(neighbor -> neighbor.itemId() % 3 != 0);
                    }
                    return searches;
                });
            }

            List<Future<Integer>> results = threads.invokeAll(work);
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(PUTS_PER_WRITER);
            }

            int expected = 2 * (PUTS_PER_WRITER - PUTS_PER_WRITER / 10);
            assertThat(index.size()).isEqualTo(expected);
            assertThat(index.nearest(new RandomVectors(9, DIMENSIONS).next(), 10)).hasSize(10);
        }
    }
}
