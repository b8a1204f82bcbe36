package io.flick.feed.candidates;

import java.time.Instant;
import java.util.Set;

import io.flick.feed.model.Item;
import io.flick.feed.model.Taste;

/**
 * One request for candidates: who asks (null for a visitor), their taste at this moment, what this
 * paging session already served, and the time.
 */
public record FeedRequest(Long viewer, Taste.Snapshot taste, Set<Long> served, Instant now) {

    /** Hard filters every source may apply early: seen, dismissed, hidden creator, served, not public. */
    public boolean excluded(Item item) {
        return !item.isPublic() || served.contains(item.id()) || taste.excludes(item)
                || (viewer != null && item.creator() == viewer);
    }
}
