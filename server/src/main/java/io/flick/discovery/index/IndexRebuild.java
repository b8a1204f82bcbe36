package io.flick.discovery.index;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.sound.SoundListing;
import io.flick.sound.Sounds;
import io.flick.video.PublishedVideo;
import io.flick.video.VideoCatalog;

/**
 * Rebuilds the whole index from the owning modules' APIs, a page at a time in id order (users,
 * sounds, then videos), on a thread of its own: the server answers meanwhile, saying
 * {@code degraded}. Each page is a few short reads, none inside a transaction held across pages.
 * <p>
 * Events keep being applied during a rebuild, into the new generation. A video deleted during the
 * rebuild may have been read just before its deletion and written back after it: such deletions are
 * remembered and applied again at the end.
 */
@Component
public class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    static final int PAGE = 500;

    private final SearchIndex index;
    private final Indexer indexer;
    private final VideoCatalog catalog;
    private final UserDirectory users;
    private final Sounds sounds;
    private final Set<VideoId> deletedMeanwhile = ConcurrentHashMap.newKeySet();
    private volatile Thread running;

    IndexRebuild(SearchIndex index, Indexer indexer, VideoCatalog catalog, UserDirectory users, Sounds sounds) {
        this.index = index;
        this.indexer = indexer;
        this.catalog = catalog;
        this.users = users;
        this.sounds = sounds;
    }

    /** Starts a rebuild in the background unless one runs. */
    public synchronized void start(String why) {
        if (running != null && running.isAlive()) {
            return;
        }
        deletedMeanwhile.clear();
        long generation = index.beginRebuild();
        log.info("Rebuilding the search index ({}); search answers degraded until it is done", why);
        running = Thread.ofVirtual().name("search-index-rebuild").start(() -> run(generation));
    }

    /** Waits for a running rebuild (a stop, the benchmarks' bulk load). */
    public void await() throws InterruptedException {
        Thread thread = running;
        if (thread != null) {
            thread.join();
        }
    }

    /** Stops a running rebuild; the index stays marked unfinished and the next start rebuilds. */
    public void interrupt() throws InterruptedException {
        Thread thread = running;
        if (thread != null) {
            thread.interrupt();
            thread.join();
        }
    }

    public void deleted(VideoId video) {
        if (index.degraded()) {
            deletedMeanwhile.add(video);
        }
    }

    private void run(long generation) {
        long started = System.nanoTime();
        try {
            UserId lastUser = null;
            for (List<UserSummary> page; !(page = users.all(lastUser, PAGE)).isEmpty(); lastUser = page.getLast().userId()) {
                stopIfInterrupted();
                indexer.putUsers(page);
            }
            SoundId lastSound = null;
            for (List<SoundListing> page; !(page = sounds.all(lastSound, PAGE)).isEmpty(); lastSound = page.getLast().soundId()) {
                stopIfInterrupted();
                indexer.putSounds(page);
            }
            VideoId lastVideo = null;
            for (List<PublishedVideo> page; !(page = catalog.published(lastVideo, PAGE)).isEmpty(); lastVideo = page.getLast().id()) {
                stopIfInterrupted();
                indexer.put(page);
            }
            deletedMeanwhile.forEach(indexer::deleteVideo);
            index.finishRebuild(generation, new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.GENERATION, Long.toString(generation))), Occur.MUST_NOT).build());
            log.info("The search index rebuild took {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            index.abandonRebuild();
            log.info("The search index rebuild was stopped; the next start rebuilds it");
        } catch (RuntimeException e) {
            index.abandonRebuild();
            log.error("Rebuilding the search index failed; search stays degraded until the next start rebuilds it", e);
        }
    }

    private static void stopIfInterrupted() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }
}
