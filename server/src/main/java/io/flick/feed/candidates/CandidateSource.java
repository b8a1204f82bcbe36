package io.flick.feed.candidates;

import java.util.List;

/**
 * One way of finding videos a viewer may like. Sources run in parallel, each under its own
 * deadline; one that fails or is late is left out of the page rather than making it wait.
 * Sources need not filter seen or hidden items (the pipeline does) but should skip them when it is
 * cheap, so that their quota goes to items that can be shown.
 */
public interface CandidateSource {

    /** For logs and diagnostics; a source of the product is named after the {@link FeedReason} it proposes with. */
    String name();

    List<Candidate> candidates(FeedRequest request);
}
