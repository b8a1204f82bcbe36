package io.flick.feed.similarity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.AcceptDocs;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopKnnCollector;
import org.apache.lucene.search.VectorScorer;
import org.apache.lucene.util.Bits;

import io.flick.feed.similarity.VectorIndex.Neighbor;

/**
 * A filtered nearest-neighbour search in one segment.
 *
 * <p>The caller's predicate is consulted lazily, for the documents the HNSW graph search reaches, so a
 * filter that rejects a few items (already seen, own videos) costs a few thousand predicate calls,
 * not one per indexed item. Lucene still needs to know roughly how many documents pass: with few it
 * scans them all instead of walking the graph, with a minority it switches to its filtered graph
 * walk. That count is estimated from a fixed sample of documents.
 *
 * <p>Invariant: when k acceptable documents exist in the segment, k come back. If the graph walk
 * gives up (it compared more vectors than the estimate said would pass), the segment is scanned.
 */
final class SegmentSearch {

    /** Documents sampled to estimate how many pass the filter; enough to tell "most" from "few". */
    private static final int SAMPLE = 64;

    private final String vectorField;

    SegmentSearch(String vectorField) {
        this.vectorField = vectorField;
    }

    /**
     * The best {@code k} acceptable documents of {@code segment}, unordered.
     *
     * @param itemIds the segment's item ids by document number (see {@link SegmentItemIds})
     */
    List<Neighbor> nearest(LeafReader segment, long[] itemIds, float[] query, int k, LongPredicate accept)
            throws IOException {
        Bits accepted = acceptedDocs(segment, itemIds, accept);
        int estimate = estimateAccepted(accepted);
        TopKnnCollector collector = new TopKnnCollector(k, estimate + 1);
        segment.searchNearestVectors(vectorField, query, collector, new LazyAcceptDocs(accepted, estimate));
        TopDocs top = collector.earlyTerminated() ? scan(segment, query, k, accepted) : collector.topDocs();
        List<Neighbor> found = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            found.add(new Neighbor(itemIds[hit.doc], cosine(hit.score)));
        }
        return found;
    }

    /** Live documents whose item the caller accepts; the predicate runs only when asked. */
    private static Bits acceptedDocs(LeafReader segment, long[] itemIds, LongPredicate accept) {
        Bits live = segment.getLiveDocs();
        int maxDoc = segment.maxDoc();
        return new Bits() {
            @Override
            public boolean get(int doc) {
                return (live == null || live.get(doc)) && accept.test(itemIds[doc]);
            }

            @Override
            public int length() {
                return maxDoc;
            }
        };
    }

    /** Evenly spaced documents stand for the segment; never below 1 so Lucene does not skip it. */
    private static int estimateAccepted(Bits accepted) {
        int maxDoc = accepted.length();
        int step = Math.max(1, maxDoc / SAMPLE);
        int sampled = 0;
        int passed = 0;
        for (int doc = step / 2; doc < maxDoc; doc += step) {
            sampled++;
            if (accepted.get(doc)) {
                passed++;
            }
        }
        return (int) Math.max(1, Math.ceil((double) passed * maxDoc / Math.max(1, sampled)));
    }

    private TopDocs scan(LeafReader segment, float[] query, int k, Bits accepted) throws IOException {
        TopKnnCollector collector = new TopKnnCollector(k, Integer.MAX_VALUE);
        FloatVectorValues vectors = segment.getFloatVectorValues(vectorField);
        if (vectors != null) {
            VectorScorer scorer = vectors.scorer(query);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (accepted.get(doc)) {
                    collector.collect(doc, scorer.score());
                }
            }
        }
        return collector.topDocs();
    }

    /**
     * Lucene scores unit vectors under DOT_PRODUCT as (1 + cos) / 2, so that scores are never
     * negative; callers want the cosine back. Clamped against float rounding.
     */
    static float cosine(float luceneScore) {
        return Math.clamp(2 * luceneScore - 1, -1f, 1f);
    }

    /** The accepted documents with an estimated count, enumerated only if Lucene asks. */
    private static final class LazyAcceptDocs extends AcceptDocs {
        private final Bits accepted;
        private final int estimate;

        LazyAcceptDocs(Bits accepted, int estimate) {
            this.accepted = accepted;
            this.estimate = estimate;
        }

        @Override
        public Bits bits() {
            return accepted;
        }

        @Override
        public DocIdSetIterator iterator() {
            return new FilteredDocIdSetIterator(DocIdSetIterator.all(accepted.length())) {
                @Override
                protected boolean match(int doc) {
                    return accepted.get(doc);
                }
            };
        }

        @Override
        public int cost() {
            return estimate;
        }
    }
}
