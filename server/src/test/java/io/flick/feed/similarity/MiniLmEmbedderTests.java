package io.flick.feed.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The real all-MiniLM-L6-v2 model, run in-process. */
class MiniLmEmbedderTests {

    /** One per class: the model is loaded once per JVM anyway; the cache is what differs. */
    static final MiniLmEmbedder embedder = new MiniLmEmbedder();

    @Test
    void captionsAboutCookingAreNearerToEachOtherThanToOneAboutFootball() {
        float[] pasta = embedder.embed("Making fresh pasta from scratch with eggs and flour #cooking");
        float[] curry = embedder.embed("Easy chicken curry recipe for a weeknight dinner");
        float[] football = embedder.embed("Last-minute goal wins the football match, the stadium goes wild");

        float cookingPair = dot(pasta, curry);
        assertThat(cookingPair).isGreaterThan(dot(pasta, football));
        assertThat(cookingPair).isGreaterThan(dot(curry, football));
    }

    @Test
    void embeddingsAreUnitLengthAndHaveTheModelsDimensions() {
        float[] vector = embedder.embed("a cat falls asleep on the keyboard");

        assertThat(embedder.dimensions()).isEqualTo(384);
        assertThat(vector).hasSize(384);
        assertThat(dot(vector, vector)).isCloseTo(1f, within(1e-5f));
    }

    @Test
    void theSameTextGivesTheSameVectorWithOrWithoutTheCache() {
        String text = "sunset timelapse over the mountains #nature";
        float[] first = embedder.embed(text);
        float[] cached = embedder.embed(text);
        float[] fromAnotherInstance = new MiniLmEmbedder().embed(text);

        assertThat(cached).containsExactly(first);
        assertThat(fromAnotherInstance).containsExactly(first);
    }

    @Test
    void changingAReturnedVectorDoesNotChangeTheNextResult() {
        String text = "morning coffee routine";
        float[] first = embedder.embed(text);
        float[] original = first.clone();
        first[0] = 42;

        assertThat(embedder.embed(text)).containsExactly(original);
    }

    @Test
    void embedAllKeepsTheOrderAndAgreesWithEmbed() {
        List<String> texts = List.of("#fyp #dance", "guitar cover of an old song", "#fyp #dance", "skateboard trick fail");
        MiniLmEmbedder fresh = new MiniLmEmbedder();

        List<float[]> vectors = fresh.embedAll(texts);

        assertThat(vectors).hasSize(4);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(vectors.get(i)).containsExactly(embedder.embed(texts.get(i)));
        }
        assertThat(vectors.get(0)).isNotSameAs(vectors.get(2));
    }

    @Test
    void blankTextIsRejected() {
        assertThatThrownBy(() -> embedder.embed("  \n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> embedder.embed(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> embedder.embedAll(List.of("fine", ""))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textLongerThanTheModelsWindowIsStillEmbedded() {
        String longCaption = "street food tour through the night market ".repeat(200);

        float[] vector = embedder.embed(longCaption);

        assertThat(dot(vector, vector)).isCloseTo(1f, within(1e-5f));
        assertThat(dot(vector, embedder.embed("trying dumplings at a night market stall")))
                .isGreaterThan(dot(vector, embedder.embed("Last-minute goal wins the football match")));
    }

    @Test
    void threadsEmbeddingAtTheSameTimeGetTheSameVectorsAsOneThread() throws Exception {
        List<String> texts = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "clip number " + i + " #fyp").toList();
        List<float[]> sequential = new MiniLmEmbedder().embedAll(texts);
        MiniLmEmbedder shared = new MiniLmEmbedder();

        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<float[]>> futures = new java.util.ArrayList<>();
            for (String text : texts) {
                futures.add(threads.submit(() -> shared.embed(text)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(futures.get(i).get()).containsExactly(sequential.get(i));
            }
        }
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
