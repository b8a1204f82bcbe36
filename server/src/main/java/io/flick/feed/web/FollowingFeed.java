package io.flick.feed.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

import org.springframework.stereotype.Component;

import io.flick.feed.model.FeedState;
import io.flick.shared.Cursor;

/**
 * The newest videos of a set of creators (followed, or friends), merged newest first across
 * creators from the per-creator indexes: no scan of anyone else's videos. Who may see which
 * video is decided afterwards, when the cards are made.
 */
@Component
class FollowingFeed {

    private final FeedState state;

    FollowingFeed(FeedState state) {
        this.state = state;
    }

    /** Up to {@code limit} items strictly after {@code after} (null: from the newest). */
    List<FeedState.Newest> newest(Collection<Long> creators, Cursor after, int limit) {
        record Head(FeedState.Newest position, Iterator<FeedState.Newest> rest) {
        }
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.position().compareTo(b.position()));
        for (long creator : creators) {
            Iterator<FeedState.Newest> it = state.newestByCreator(creator).iterator();
            advance(it, after).ifPresent(first -> heads.add(new Head(first, it)));
        }
        List<FeedState.Newest> page = new ArrayList<>(limit);
        while (page.size() < limit && !heads.isEmpty()) {
            Head head = heads.poll();
            page.add(head.position());
            if (head.rest().hasNext()) {
                heads.add(new Head(head.rest().next(), head.rest()));
            }
        }
        return page;
    }

    /**
     * Up to {@code limit} items strictly newer than {@code than}, newest first, read after
     * {@code after} (null: from the newest): the head of the same list {@link #newest} pages through.
     */
    List<FeedState.Newest> newer(Collection<Long> creators, FeedState.Newest than, Cursor after, int limit) {
        return newest(creators, after, limit).stream().takeWhile(item -> item.compareTo(than) < 0).toList();
    }

    private static java.util.Optional<FeedState.Newest> advance(Iterator<FeedState.Newest> it, Cursor after) {
        while (it.hasNext()) {
            FeedState.Newest next = it.next();
            if (after == null || next.compareTo(new FeedState.Newest(after.key(0), after.key(1))) > 0) {
                return java.util.Optional.of(next);
            }
        }
        return java.util.Optional.empty();
    }
}
