package io.flick.discovery.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index on disk ({@code <data dir>/search/index}): one Lucene index, written by one
 * {@link IndexWriter}, read through near-real-time searchers refreshed twice a second, so a change
 * is searchable within a second of being written. It is derived state: {@link #open()} says when it
 * must be rebuilt (missing, left unfinished by a rebuild, of another schema, or unreadable, in which
 * case its files are deleted first).
 * <p>
 * Every commit records the generation (which rebuild wrote it) and whether that rebuild finished.
 */
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** Changed whenever the documents' fields change: an index of another schema is rebuilt. */
    static final String SCHEMA = "1";

    private final Path folder;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private volatile Directory directory;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile ControlledRealTimeReopenThread<IndexSearcher> refresher;
    private volatile long generation;
    private volatile boolean complete;
    private volatile boolean rebuilding;

    public SearchIndex(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** @return whether the index must be rebuilt before it answers completely */
    public synchronized boolean open() {
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            boolean rebuild;
            try {
                rebuild = readCommit();
            } catch (IOException | RuntimeException e) {
                log.warn("The search index at {} is unreadable ({}); deleting it, it is rebuilt from the catalog", folder,
                        e.toString());
                directory.close();
                wipe();
                directory = FSDirectory.open(folder);
                generation = 0;
                rebuild = true;
            }
            complete = !rebuild;
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
            refresher = new ControlledRealTimeReopenThread<>(writer, searchers, 0.5, 0.05);
            refresher.setName("search-index-refresh");
            refresher.setDaemon(true);
            refresher.start();
            return rebuild;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + folder, e);
        }
    }

    /** Reads the last commit, checking every file's checksum. @return whether a rebuild is needed */
    private boolean readCommit() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            log.info("No search index at {} yet; it is built from the catalog", folder);
            return true;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader() instanceof CodecReader codec) {
                    codec.checkIntegrity();
                }
            }
            Map<String, String> data = reader.getIndexCommit().getUserData();
            generation = Long.parseLong(data.getOrDefault("generation", "0"));
            boolean finished = "true".equals(data.get("complete")) && SCHEMA.equals(data.get("schema"));
            if (!finished) {
                log.info("The search index at {} was left unfinished or has another schema; it is rebuilt", folder);
            }
            return !finished;
        }
    }

    private void wipe() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(folder)) {
                    Files.delete(file);
                }
            }
        }
    }

    public synchronized void close() {
        if (writer == null) {
            return;
        }
        try {
            refresher.close();
            searchers.close();
            if (writer.hasUncommittedChanges()) {
                commit();
            }
            writer.close();
            directory.close();
        } catch (IOException e) {
            log.warn("Closing the search index at {} failed; it is checked at the next start", folder, e);
        } finally {
            writer = null;
        }
    }

    public Path folder() {
        return folder;
    }

    public SearchAnalyzer analyzer() {
        return analyzer;
    }

    /** Whether answers may be incomplete: a rebuild is under way, or the last one never finished. */
    public boolean degraded() {
        return rebuilding || !complete;
    }

    /** The generation new documents belong to. */
    public long generation() {
        return generation;
    }

    /** A rebuild starts: documents written from now on belong to a new generation. */
    public synchronized long beginRebuild() {
        rebuilding = true;
        generation++;
        return generation;
    }

    /**
     * A rebuild wrote every document of its generation: what older generations left (things gone
     * while the server was down) is deleted, and the index is committed as complete.
     */
    public synchronized void finishRebuild(long rebuilt, Query older) {
        try {
            writer().deleteDocuments(older);
            commit(true);
            // Searchable first, then said to be complete: no answer claims completeness from an older searcher.
            searchers.maybeRefreshBlocking();
            complete = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rebuilding = false;
        }
        log.info("Search index rebuilt (generation {}, {} documents)", rebuilt, writer().getDocStats().numDocs);
    }

    /** A rebuild failed: answers stay degraded until the next start rebuilds again. */
    public void abandonRebuild() {
        rebuilding = false;
        complete = false;
    }

    public void put(String key, Document document) {
        try {
            writer().updateDocument(new Term(Fields.KEY, key), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String key) {
        try {
            writer().deleteDocuments(new Term(Fields.KEY, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes one ranking figure in place (no re-analysis of the document). */
    public void updateFigure(String key, String field, long value) {
        try {
            writer().updateNumericDocValue(new Term(Fields.KEY, key), field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes what was written durable: a crash after this loses none of it. A commit made while a
     * rebuild runs is marked unfinished, so a crash before the rebuild's end rebuilds again.
     */
    public void commit() {
        commit(complete && !rebuilding);
    }

    private void commit(boolean finished) {
        try {
            IndexWriter current = writer();
            current.setLiveCommitData(Map.of("generation", Long.toString(generation), "complete",
                    Boolean.toString(finished), "schema", SCHEMA).entrySet());
            current.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads with the newest searcher (at most half a second behind the writer). */
    public <T> T read(SearcherWork<T> work) {
        SearcherManager manager = searchers;
        if (manager == null) {
            throw new IllegalStateException("The search index is closed");
        }
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return work.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything written so far searchable now (tests, a rebuild's end). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexWriter writer() {
        IndexWriter current = writer;
        if (current == null) {
            throw new IllegalStateException("The search index is closed");
        }
        return current;
    }

    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
