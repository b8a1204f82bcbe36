package io.flick.feed.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The item id of every document of a segment, as an array indexed by document number.
 *
 * <p>The graph search asks "is this document acceptable?" for documents in graph order, not
 * document order, and doc values can only be read forwards; an array answers in any order. It is
 * built once per segment core (8 bytes a document, next to ~1.5 KB of vector) and dropped when the
 * core closes. A core never changes: deletions only change live docs, so the array stays valid
 * across near-real-time refreshes.
 */
final class SegmentItemIds {

    private final String field;
    private final Map<Object, long[]> byCore = new ConcurrentHashMap<>();

    SegmentItemIds(String field) {
        this.field = field;
    }

    long[] of(LeafReader segment) {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) {
            return load(segment);
        }
        return byCore.computeIfAbsent(core.getKey(), key -> {
            core.addClosedListener(byCore::remove);
            return load(segment);
        });
    }

    private long[] load(LeafReader segment) {
        try {
            long[] ids = new long[segment.maxDoc()];
            NumericDocValues values = DocValues.getNumeric(segment, field);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                ids[doc] = values.longValue();
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
