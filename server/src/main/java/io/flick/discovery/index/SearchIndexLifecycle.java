package io.flick.discovery.index;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Opens the index at start (rebuilding it in the background when it is missing, unfinished,
 * unreadable or {@code flick.search.rebuild-on-start} asks) and closes it at stop, after a running
 * rebuild is stopped. Starts before the web server takes requests.
 */
@Component
public class SearchIndexLifecycle implements SmartLifecycle {

    private final SearchIndex index;
    private final IndexRebuild rebuild;
    private final SearchSettings settings;
    private volatile boolean running;

    SearchIndexLifecycle(SearchIndex index, IndexRebuild rebuild, SearchSettings settings) {
        this.index = index;
        this.rebuild = rebuild;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        boolean needed = index.open();
        running = true;
        if (needed) {
            rebuild.start("missing, unfinished or unreadable");
        } else if (settings.rebuildOnStart()) {
            rebuild.start("flick.search.rebuild-on-start");
        }
    }

    @Override
    public synchronized void stop() {
        try {
            rebuild.interrupt();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Early among the lifecycles, so the index is open before requests and closed after them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
