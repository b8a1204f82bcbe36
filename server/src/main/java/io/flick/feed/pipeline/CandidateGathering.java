package io.flick.feed.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.flick.feed.candidates.Candidate;
import io.flick.feed.candidates.CandidateSource;
import io.flick.feed.candidates.FeedRequest;

/**
 * Runs every candidate source in parallel, each on a thread of its own, and waits for them until
 * the deadline. The result says which sources failed or were late; the caller decides what that
 * means for the page.
 *
 * <p>Platform threads, not virtual ones: sources are CPU-bound for milliseconds at a time
 * (co-engagement, the HNSW search), and a virtual thread is never preempted, so on a small machine
 * one page's sources occupied every carrier thread and every other request of the server, however
 * cheap, waited for them (docs/benchmarks/feed-latency.md). The operating system time-slices
 * platform threads. The pool keeps idle threads for a minute, so steady traffic reuses them.
 */
@Component
class CandidateGathering implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CandidateGathering.class);

    private final List<CandidateSource> sources;
    private final FeedSettings settings;
    private final ExecutorService executor =
            Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("feed-source-", 0).factory());

    CandidateGathering(List<CandidateSource> sources, FeedSettings settings) {
        this.sources = sources;
        this.settings = settings;
    }

    record Gathered(Map<Long, List<Candidate>> proposals, List<String> missing) {
    }

    Gathered gather(FeedRequest request) {
        Map<CandidateSource, Future<List<Candidate>>> running = new HashMap<>();
        for (CandidateSource source : sources) {
            running.put(source, executor.submit(() -> source.candidates(request)));
        }
        long deadline = System.nanoTime() + settings.sourceDeadline().toNanos();
        Map<Long, List<Candidate>> proposals = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (CandidateSource source : sources) {
            Future<List<Candidate>> future = running.get(source);
            try {
                for (Candidate candidate : future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    proposals.computeIfAbsent(candidate.item(), id -> new ArrayList<>(2)).add(candidate);
                }
            } catch (java.util.concurrent.TimeoutException e) {
                future.cancel(true);
                missing.add(source.name());
                log.debug("Candidate source {} missed its deadline", source.name());
            } catch (Exception e) {
                missing.add(source.name());
                log.warn("Candidate source {} failed", source.name(), e);
            }
        }
        return new Gathered(proposals, missing);
    }

    List<String> sourceNames() {
        return sources.stream().map(CandidateSource::name).toList();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
