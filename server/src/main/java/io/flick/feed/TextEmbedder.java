package io.flick.feed;

import java.util.List;

/**
 * Turns text into a unit-length vector; texts with similar meanings get vectors that are close
 * (high dot product). Thread-safe.
 *
 * <p>Blank text (null, empty or only whitespace) is rejected with an {@link IllegalArgumentException}
 * rather than mapped to a fixed vector: a shared stand-in vector would make every caption-less
 * video a perfect neighbour of every other one, so callers leave such items out of the index.
 */
public interface TextEmbedder {

    /** The length of every vector this embedder returns. */
    int dimensions();

    /**
     * The L2-normalised embedding of {@code text}; deterministic for the same text.
     *
     * @throws IllegalArgumentException if the text is null or blank
     */
    float[] embed(String text);

    /**
     * The embeddings of {@code texts}, in the same order; for bulk loads. Every text is checked
     * before any is embedded, so one blank text rejects the whole call.
     *
     * @throws IllegalArgumentException if any text is null or blank
     */
    List<float[]> embedAll(List<String> texts);
}
