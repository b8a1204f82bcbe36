package io.flick.feed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** A session is a visitor's only record of what they saw: it must follow rewatches and stay small however long they page. */
class FeedSessionTests {

    @Test
    void aSessionThatPagesOnForEverKeepsOnlyItsLastServedIds() {
        FeedSession session = new FeedSession("s", null, ForYouPipeline.FEED);
        for (long page = 0; page < 100; page++) {
            session.record(LongStream.range(page * 20, page * 20 + 20).boxed().toList(), List.of(), List.of());
        }
        assertThat(session.served()).hasSize(FeedSession.MAX_SERVED);
        assertThat(session.servedOldestFirst().getFirst()).isEqualTo(2000L - FeedSession.MAX_SERVED);
        assertThat(session.servedOldestFirst().getLast()).isEqualTo(1999L);
    }

    @Test
    void aVideoServedAgainBecomesTheMostRecentlyServed() {
        FeedSession session = new FeedSession("s", null, ForYouPipeline.FEED);
        session.record(List.of(1L, 2L, 3L), List.of(), List.of());
        session.record(List.of(1L), List.of(), List.of());
        assertThat(session.servedOldestFirst()).containsExactly(2L, 3L, 1L);
    }
}
