package io.flick.feed.similarity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;

// TEMPORARY brute-force stand-in while the Lucene HNSW index is built on branch feed-similarity; replaced at merge.
public final class VectorIndex implements AutoCloseable {
    private final Map<Long, float[]> vectors = new ConcurrentHashMap<>();
    public static VectorIndex onDisk(Path directory, int dimensions) { return new VectorIndex(); }
    public static VectorIndex inMemory(int dimensions) { return new VectorIndex(); }
    public void put(long itemId, float[] vector) { vectors.put(itemId, vector.clone()); }
    public void putAll(Map<Long, float[]> all) { all.forEach(this::put); }
    public void remove(long itemId) { vectors.remove(itemId); }
    public boolean contains(long itemId) { return vectors.containsKey(itemId); }
    public int size() { return vectors.size(); }
    public List<Neighbor> nearest(float[] query, int k, LongPredicate accept) {
        List<Neighbor> all = new ArrayList<>();
        vectors.forEach((id, v) -> { if (accept.test(id)) { double s = 0; for (int i = 0; i < v.length; i++) s += v[i] * query[i]; all.add(new Neighbor(id, (float) s)); } });
        all.sort(Comparator.comparingDouble(Neighbor::score).reversed());
        return all.subList(0, Math.min(k, all.size()));
    }
    public record Neighbor(long itemId, float score) {}
    public void close() {}
}
