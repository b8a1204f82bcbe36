package io.flick.feed.similarity;

import static io.flick.feed.similarity.RandomVectors.bruteForce;
import static io.flick.feed.similarity.RandomVectors.dot;
import static io.flick.feed.similarity.RandomVectors.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.flick.feed.similarity.VectorIndex.Neighbor;

/** The in-memory index, against brute force over the same vectors. On-disk behaviour: {@link VectorIndexOnDiskTests}. */
class VectorIndexTests {

    static final int DIMENSIONS = 384;
    static final int CORPUS = 2_000;

    /** Built once: HNSW insertion costs milliseconds per vector, and the corpus is only read. */
    static VectorIndex corpusIndex;
    static Map<Long, float[]> corpus;

    VectorIndex index = VectorIndex.inMemory(DIMENSIONS);
    RandomVectors random = new RandomVectors(7, DIMENSIONS);

    @BeforeAll
    static void buildCorpus() {
        corpus = new RandomVectors(42, DIMENSIONS).items(CORPUS);
        corpusIndex = VectorIndex.inMemory(DIMENSIONS);
        corpusIndex.putAll(corpus);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsNearlyAllOfTheExactTenNearestNeighbours() {
        int queries = 100;
        int found = 0;
        for (int q = 0; q < queries; q++) {
            float[] query = random.next();
            Set<Long> exact = new HashSet<>(bruteForce(corpus, query, 10, item -> true));
            found += (int) ids(corpusIndex.nearest(query, 10)).stream().filter(exact::contains).count();
        }

        double recall = found / (queries * 10.0);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void returnsNeighboursBestFirstWithTheirCosineSimilarity() {
        float[] query = random.next();

        List<Neighbor> neighbors = corpusIndex.nearest(query, 20);

        assertThat(neighbors).hasSize(20);
        assertThat(neighbors).isSortedAccordingTo(Neighbor.BEST_FIRST);
        for (Neighbor neighbor : neighbors) {
            assertThat(neighbor.score()).isCloseTo(dot(corpus.get(neighbor.itemId()), query), within(1e-4f));
        }
    }

    @Test
    void anItemIsItsOwnNearestNeighbourWithSimilarityOne() {
        float[] vector = corpus.get(1234L);

        Neighbor best = corpusIndex.nearest(vector, 1).getFirst();

        assertThat(best.itemId()).isEqualTo(1234L);
        assertThat(best.score()).isCloseTo(1f, within(1e-4f));
    }

    @Test
    void skipsRejectedItemsAndStillReturnsK() {
        float[] query = random.next();

        List<Neighbor> odd = corpusIndex.nearest(query, 10, item -> item % 2 == 1);

        assertThat(ids(odd)).hasSize(10).allMatch(item -> item % 2 == 1);
        assertThat(ids(odd)).containsAnyElementsOf(bruteForce(corpus, query, 10, item -> item % 2 == 1));
    }

    @Test
    void aFilterThatLetsFewItemsThroughReturnsExactlyTheBestOfThem() {
        Set<Long> allowed = Set.of(3L, 99L, 500L, 777L, 1001L, 1500L, 1999L);
        float[] query = random.next();

        List<Neighbor> neighbors = corpusIndex.nearest(query, 5, allowed::contains);

        assertThat(ids(neighbors)).containsExactlyElementsOf(bruteForce(corpus, query, 5, allowed::contains));
    }

    @Test
    void asksForMoreThanThereAreAndGetsAllThatPass() {
        float[] query = random.next();

        List<Neighbor> neighbors = corpusIndex.nearest(query, 50, item -> item < 30);

        assertThat(ids(neighbors)).containsExactlyElementsOf(bruteForce(corpus, query, 50, item -> item < 30));
    }

    @Test
    void aWriteIsFoundByTheNextSearch() {
        float[] vector = random.next();
        index.put(1, random.next());
        assertThat(index.nearest(vector, 1)).isNotEmpty();

        index.put(2, vector);

        assertThat(index.nearest(vector, 1).getFirst().itemId()).isEqualTo(2L);
    }

    @Test
    void puttingAnItemAgainReplacesItsVector() {
        float[] before = random.next();
        float[] after = random.next();
        index.put(1, before);
        index.put(2, random.next());

        index.put(1, after);

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.nearest(after, 1).getFirst()).satisfies(best -> {
            assertThat(best.itemId()).isEqualTo(1L);
            assertThat(best.score()).isCloseTo(1f, within(1e-4f));
        });
        assertThat(index.nearest(before, 2)).allSatisfy(neighbor -> assertThat(neighbor.score()).isLessThan(0.5f));
    }

    @Test
    void removedItemsAreGone() {
        float[] vector = random.next();
        index.putAll(Map.of(1L, vector, 2L, random.next(), 3L, random.next()));

        index.remove(1);
        index.remove(99);

        assertThat(index.contains(1)).isFalse();
        assertThat(index.contains(2)).isTrue();
        assertThat(index.size()).isEqualTo(2);
        assertThat(ids(index.nearest(vector, 10))).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void vectorsAreNormalisedSoLengthDoesNotMatter() {
        float[] vector = random.next();
        index.put(1, RandomVectors.scaled(vector, 37f));

        Neighbor best = index.nearest(RandomVectors.scaled(vector, 0.01f), 1).getFirst();

        assertThat(best.score()).isCloseTo(1f, within(1e-4f));
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(index.nearest(random.next(), 10)).isEmpty();
        assertThat(index.size()).isZero();
        assertThat(index.contains(1)).isFalse();
    }

    @Test
    void rejectsWrongDimensionsAndValuesThatAreNotFinite() {
        float[] nan = random.next();
        nan[5] = Float.NaN;
        float[] infinite = random.next();
        infinite[0] = Float.POSITIVE_INFINITY;

        assertThatThrownBy(() -> index.put(1, new float[DIMENSIONS - 1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.put(1, nan)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.put(1, infinite)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.put(1, new float[DIMENSIONS])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.nearest(new float[DIMENSIONS + 1], 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.nearest(random.next(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(index.size()).isZero();
    }

    @Test
    void oneBadVectorInABulkPutWritesNone() {
        Map<Long, float[]> batch = new java.util.LinkedHashMap<>();
        batch.put(1L, random.next());
        batch.put(2L, new float[3]);

        assertThatThrownBy(() -> index.putAll(batch)).isInstanceOf(IllegalArgumentException.class);
        assertThat(index.size()).isZero();
    }

    @Test
    void refusesDimensionsLuceneCannotIndex() {
        assertThatThrownBy(() -> VectorIndex.inMemory(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VectorIndex.inMemory(5000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedIndexRefusesWork() {
        index.close();

        assertThatThrownBy(() -> index.put(1, random.next())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> index.nearest(random.next(), 1)).isInstanceOf(IllegalStateException.class);
    }
}
