package io.flick.discovery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

import io.flick.discovery.index.Fields;
import io.flick.discovery.index.SearchIndex;
import io.flick.shared.Cursor;
import io.flick.shared.FilteredPages;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;

/**
 * A ranked query's hits read by rank, as the candidates of {@link FilteredPages}: the cursor is the
 * rank of the last candidate read, and the owning module's rule filters each batch. Ranks past
 * {@value #DEEPEST} are not served (a forged cursor cannot make a query collect millions of hits):
 * nobody pages that deep through a search.
 */
final class RankedHits {

    static final int DEEPEST = 1_000;
    /** Candidate batches read for one page before answering with what was found so far. */
    static final int MAX_BATCHES = 5;
    /**
     * By score, then the fresher video first: scores are floats, in which the freshness of two videos
     * published seconds apart can round to the same value (people and sounds have no publication
     * time and keep the index's order among equals).
     */
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE, new SortField(Fields.PUBLISHED, SortField.Type.LONG, true));

    /** One hit: the document's id in its module and its rank in the query's order. */
    record Hit(long id, int rank) {
    }

    private RankedHits() {
    }

    static Slice<Hit> page(SearchIndex index, Query query, PageRequest page, UnaryOperator<List<Hit>> visible) {
        return FilteredPages.fill(page, 1, MAX_BATCHES, (after, count) -> read(index, query,
                after == null ? 0 : after.key(0) + 1, count), visible, hit -> Cursor.of(hit.rank()));
    }

    /** The first {@code count} hits of the query's order (a type-ahead list). */
    static List<Hit> top(SearchIndex index, Query query, int count) {
        return read(index, query, 0, count);
    }

    private static List<Hit> read(SearchIndex index, Query query, long start, int count) {
        if (start < 0 || start >= DEEPEST) {
            return List.of();
        }
        int first = (int) start;
        int upTo = Math.min(first + count, DEEPEST);
        return index.read(searcher -> {
            TopDocs top = searcher.search(query, upTo, ORDER);
            var stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (int rank = first; rank < top.scoreDocs.length; rank++) {
                ScoreDoc doc = top.scoreDocs[rank];
                hits.add(new Hit(stored.document(doc.doc).getField(Fields.ID).numericValue().longValue(), rank));
            }
            return hits;
        });
    }
}
