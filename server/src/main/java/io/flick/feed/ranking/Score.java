package io.flick.feed.ranking;

import java.util.List;

import io.flick.feed.candidates.FeedReason;

/**
 * A candidate's ranking score and what it is made of, largest part first: the material of
 * "why this video".
 *
 * @param reason the candidate source that proposed it most strongly
 */
public record Score(long item, double total, FeedReason reason, List<Part> parts) {

    /** One signal's share of the score. */
    public record Part(String signal, double value, double contribution) {
    }
}
