package io.flick.feed.similarity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import io.flick.feed.TextEmbedder;

/**
 * all-MiniLM-L6-v2 (int8-quantised, 384 dimensions) run in-process by ONNX Runtime; the model and its
 * tokenizer ship inside the langchain4j Maven jar, so nothing is downloaded at run time. Thread-safe.
 *
 * <p>Results are cached by exact text, at most {@value #CACHE_ENTRIES} of them, least recently used
 * evicted first (about 1.6 KB each, so ~16 MB when full): many videos share a text (hashtags only,
 * "#fyp", an empty-ish template caption) and a cache hit costs microseconds where the model costs
 * milliseconds. Cached arrays are never handed out; callers get copies they may modify.
 *
 * <p>Texts longer than the model's 512-token window are embedded by langchain4j in windows whose
 * vectors are averaged, so long captions still work, at proportionally higher cost.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    static final int DIMENSIONS = 384;
    static final int CACHE_ENTRIES = 10_000;

    /**
     * The batch runs on the caller's thread, one text after another: ONNX Runtime already spreads a
     * single inference over every core, so langchain4j's own pool (one thread per core on top of
     * that) would only add contention and threads nobody shuts down.
     */
    private static final Executor CALLER_THREAD = Runnable::run;

    private final EmbeddingModel model;
    private final Cache<String, float[]> cache;

    /** Loads the model on first use in the JVM (about a second); later instances share it. */
    public MiniLmEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(CALLER_THREAD);
        this.cache = Caffeine.newBuilder().maximumSize(CACHE_ENTRIES).build();
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        requireText(text);
        float[] cached = cache.get(text, this::compute);
        return cached.clone();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        texts.forEach(MiniLmEmbedder::requireText);
        Map<String, float[]> found = new LinkedHashMap<>(cache.getAllPresent(texts));
        List<String> missing = texts.stream().distinct().filter(text -> !found.containsKey(text)).toList();
        if (!missing.isEmpty()) {
            List<Embedding> computed = model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < missing.size(); i++) {
                float[] unit = Vectors.unitCopy(computed.get(i).vector(), DIMENSIONS);
                cache.put(missing.get(i), unit);
                found.put(missing.get(i), unit);
            }
        }
        List<float[]> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            result.add(found.get(text).clone());
        }
        return result;
    }

    private float[] compute(String text) {
        // The model's output is already normalised; normalising again makes unit length this class's
        // guarantee rather than a detail of the library version.
        return Vectors.unitCopy(model.embed(text).content().vector(), DIMENSIONS);
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("cannot embed blank text: leave items without text out of the index");
        }
    }
}
