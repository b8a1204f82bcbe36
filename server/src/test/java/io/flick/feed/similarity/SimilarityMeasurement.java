package io.flick.feed.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * Prints how long embedding and searching take on this machine; asserts nothing. Not a test: run it
 * by hand, after {@code ./mvnw -pl server test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED [--add-modules jdk.incubator.vector] \
 *   -cp server/target/classes:server/target/test-classes:$(cat server/cp.txt) \
 *   io.flick.feed.similarity.SimilarityMeasurement [vectors=100000]
 * </pre>
 *
 * Two corpora: random unit vectors, the hard case for HNSW (distances concentrate, so the graph
 * navigates poorly), and embeddings of generated captions, which cluster like real ones.
 *
 * <p>Figures on 2026-11-22, 2 shared cores (other builds running, so +-50%), Vector API on:
 * model load 0.7-1.1 s; embed 2.3-4.8 ms/text alone, 1.6-2.7 ms/text in embedAll, 4 us cached.
 * 100,000 caption embeddings: putAll 24 s (30 s with merges and commit), nearest k=10 1.1 ms,
 * recall@10 1.000. 100,000 random vectors: putAll 52 s (67 s), nearest k=10 3.2 ms, recall@10 0.44;
 * a filter keeping 1% of items: exact answers in 0.6-0.7 ms.
 */
public final class SimilarityMeasurement {

    static final int DIMENSIONS = 384;

    public static void main(String[] args) {
        int vectors = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int captions = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        MiniLmEmbedder embedder = measureEmbedding();
        System.out.println("-- random unit vectors (the hard case)");
        measureIndex(new RandomVectors(1, DIMENSIONS).items(vectors), new RandomVectors(2, DIMENSIONS)::next);
        System.out.println("-- caption embeddings");
        measureIndex(captionEmbeddings(embedder, captions), new CaptionQueries(embedder));
    }

    static MiniLmEmbedder measureEmbedding() {
        long started = System.nanoTime();
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        embedder.embed("warm up the model and the tokenizer");
        print("embedder: model load and first text", millisSince(started), "ms");

        List<String> captions = CaptionQueries.texts(300, 100_000);
        started = System.nanoTime();
        for (String caption : captions.subList(0, 150)) {
            embedder.embed(caption);
        }
        print("embed one at a time (not cached)", millisSince(started) / 150, "ms/text");

        started = System.nanoTime();
        embedder.embedAll(captions.subList(150, 300));
        print("embedAll of 150 (not cached)", millisSince(started) / 150, "ms/text");

        started = System.nanoTime();
        for (String caption : captions.subList(0, 150)) {
            embedder.embed(caption);
        }
        print("embed one at a time (cached)", millisSince(started) / 150, "ms/text");
        return embedder;
    }

    static Map<Long, float[]> captionEmbeddings(MiniLmEmbedder embedder, int count) {
        List<String> texts = CaptionQueries.texts(count, 0);
        long started = System.nanoTime();
        List<float[]> vectors = embedder.embedAll(texts);
        print("embedAll of " + count + " captions", millisSince(started) / count, "ms/text");
        Map<Long, float[]> items = new java.util.LinkedHashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            items.put((long) i, vectors.get(i));
        }
        return items;
    }

    /** Queries that are captions of the same kind as the indexed ones, but not among them. */
    static final class CaptionQueries implements java.util.function.Supplier<float[]> {
        private final List<float[]> queries;
        private int next;

        CaptionQueries(MiniLmEmbedder embedder) {
            this.queries = embedder.embedAll(texts(300, 7_919));
        }

        @Override
        public float[] get() {
            return queries.get(next++ % queries.size());
        }

        /** Caption-like texts from word lists: subject, action, place, hashtag, mostly distinct. */
        static List<String> texts(int count, int offset) {
            String[] subjects = {"my cat", "grandma", "our team", "the chef", "a toddler", "this dog", "my roommate",
                    "the barista", "a street artist", "the drummer", "my little brother", "a golden retriever",
                    "the science teacher", "two skaters", "a nurse", "the farmer", "my best friend", "a parrot",
                    "the old fisherman", "a ballet dancer", "the mechanic", "a hamster", "my dad", "the goalkeeper"};
            String[] actions = {"tries a new recipe", "learns to skateboard", "paints a mural", "sings in the rain",
                    "fixes an old bike", "dances at the wedding", "bakes sourdough", "scores a goal",
                    "unboxes a new phone", "plants tomatoes", "falls asleep", "reviews cheap headphones",
                    "cleans the whole house", "does a backflip", "solves a rubik's cube", "makes latte art",
                    "builds a treehouse", "practices guitar", "grills steaks", "knits a scarf", "runs a marathon",
                    "reacts to a horror movie", "feeds the ducks", "restores an antique chair"};
            String[] places = {"in the kitchen", "at the beach", "in Tokyo", "on the subway", "in the garden",
                    "at the gym", "in the snow", "at midnight", "in the living room", "at the stadium",
                    "in a tiny apartment", "on a mountain", "at the farmers market", "in the classroom"};
            String[] tags = {"#fyp", "#funny", "#cooking", "#diy", "#music", "#sports", "#pets", "#art", "#travel",
                    "#fitness", "#lifehack", "#asmr", "#comedy", "#satisfying", "", ""};
            List<String> texts = new ArrayList<>(count);
            for (int i = offset; texts.size() < count; i++) {
                long mix = (i + 1L) * 0x9E3779B97F4A7C15L;
                int a = (int) Math.floorMod(mix, subjects.length);
                int b = (int) Math.floorMod(mix >>> 16, actions.length);
                int c = (int) Math.floorMod(mix >>> 32, places.length);
                int d = (int) Math.floorMod(mix >>> 48, tags.length);
                texts.add(subjects[a] + " " + actions[b] + " " + places[c] + " " + tags[d] + " (" + i + ")");
            }
            return texts;
        }
    }

    /**
     * Builds an on-disk index, closes it (which waits for Lucene's background merges, so they do not
     * steal CPU from the searches), reopens it and searches it.
     */
    static void measureIndex(Map<Long, float[]> items, java.util.function.Supplier<float[]> queryVectors) {
        int count = items.size();
        Path folder = temporaryFolder();
        long started = System.nanoTime();
        try (VectorIndex index = VectorIndex.onDisk(folder, DIMENSIONS)) {
            index.putAll(items);
            index.size();
            double buildMillis = millisSince(started);
            print("index putAll, " + count + " vectors", buildMillis / 1000, "s");
            print("index putAll per vector", buildMillis / count, "ms");
        }
        print("index putAll + merges + commit", millisSince(started) / 1000, "s");

        try (VectorIndex index = VectorIndex.onDisk(folder, DIMENSIONS)) {
            List<float[]> queries = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                queries.add(queryVectors.get());
            }
            LongPredicate tenthSeen = item -> item % 10 != 0;
            LongPredicate onePercentLeft = item -> item % 100 == 0;
            search(index, queries, 10, item -> true, "nearest k=10 (warm-up)");
            search(index, queries, 10, item -> true, "nearest k=10");
            search(index, queries, 100, item -> true, "nearest k=100");
            search(index, queries, 10, tenthSeen, "nearest k=10, filter rejects 10%");
            search(index, queries, 10, onePercentLeft, "nearest k=10, filter keeps 1%");

            recall(index, items, queries.subList(0, 50), 10, item -> true, "recall@10");
            recall(index, items, queries.subList(0, 50), 100, item -> true, "recall@100");
            recall(index, items, queries.subList(0, 50), 10, tenthSeen, "recall@10, filter rejects 10%");
            recall(index, items, queries.subList(0, 50), 10, onePercentLeft, "recall@10, filter keeps 1%");
        } finally {
            deleteRecursively(folder);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("flick-vector-measurement");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void search(VectorIndex index, List<float[]> queries, int k, LongPredicate accept, String what) {
        long started = System.nanoTime();
        for (float[] query : queries) {
            index.nearest(query, k, accept);
        }
        print(what, millisSince(started) / queries.size(), "ms/search");
    }

    private static void recall(VectorIndex index, Map<Long, float[]> items, List<float[]> queries, int k,
            LongPredicate accept, String what) {
        int found = 0;
        for (float[] query : queries) {
            Set<Long> exact = new HashSet<>(RandomVectors.bruteForce(items, query, k, accept));
            found += (int) RandomVectors.ids(index.nearest(query, k, accept)).stream().filter(exact::contains).count();
        }
        print(what, (double) found / (queries.size() * k), "");
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void print(String what, double value, String unit) {
        System.out.printf("%-45s %10.3f %s%n", what, value, unit);
    }
}
