package io.flick.discovery;

import org.springframework.stereotype.Service;

import io.flick.discovery.index.IndexRebuild;
import io.flick.discovery.index.SearchIndex;

/**
 * The search index's operations for the benchmarks ({@code bench}) and operators' tools: a rebuild
 * from the owning modules, awaited, and making every write searchable at once. A benchmark loads its
 * catalogue into the database in bulk (no per-video events), then calls {@link #rebuild()}: pages of
 * 500 in id order, a few queries per page, one Lucene writer with a 64 MB buffer, one commit at the end.
 */
@Service
public class SearchIndexing {

    private final SearchIndex index;
    private final IndexRebuild rebuild;

    SearchIndexing(SearchIndex index, IndexRebuild rebuild) {
        this.index = index;
        this.rebuild = rebuild;
    }

    /** Rebuilds the whole index now (answers say {@code degraded} meanwhile) and returns when it is done. */
    public void rebuild() throws InterruptedException {
        rebuild.start("asked for");
        rebuild.await();
        if (index.degraded()) {
            throw new IllegalStateException("The search index rebuild did not finish; see the log");
        }
    }

    /** Whether answers may be incomplete (a rebuild under way or failed). */
    public boolean degraded() {
        return index.degraded();
    }

    /** Makes everything written so far searchable now, rather than within half a second. */
    public void refresh() {
        index.refresh();
    }
}
