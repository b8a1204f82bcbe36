package io.flick.support;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import io.flick.feed.candidates.Candidate;
import io.flick.feed.candidates.CandidateSource;
import io.flick.feed.candidates.FeedRequest;

/**
 * A candidate source for the shared test server that answers at once with nothing, until a test
 * makes it slow: then it sleeps past any deadline, as a source stuck on a dead dependency would.
 * It notes whom it was asked for, so tests can tell a gathered page from a cached one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SlowCandidateSource {

    public static final AtomicBoolean SLOW = new AtomicBoolean();
    /** The viewers (null for a visitor) of every request the sources were asked for. */
    public static final Queue<Long> ASKED = new ConcurrentLinkedQueue<>();

    @Bean
    CandidateSource slowTestSource() {
        return new CandidateSource() {
            @Override
            public String name() {
                return "test_slow";
            }

            @Override
            public List<Candidate> candidates(FeedRequest request) {
                ASKED.add(request.viewer() == null ? 0L : request.viewer());
                if (SLOW.get()) {
                    try {
                        Thread.sleep(5_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return List.of();
            }
        };
    }
}
