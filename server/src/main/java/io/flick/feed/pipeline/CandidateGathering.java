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
 * Runs every candidate source in parallel, each on its own virtual thread, and waits for them
 * until the deadline. The result says which sources failed or were late; the caller decides
 * what that means for the page.
 */
@Component
class CandidateGathering implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CandidateGathering.class);

    private final List<CandidateSource> sources;
    private final FeedSettings settings;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

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
