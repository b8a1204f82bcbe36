package io.flick.feed.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;

import io.flick.feed.model.FeedState.Newest;

/** Items per key (creator, hashtag, sound), newest first, keeping at most {@code capacity} per key. */
final class NewestIndex<K> {

    private final int capacity;
    private final Map<K, ConcurrentSkipListSet<Newest>> sets = new ConcurrentHashMap<>();
    // A skip list's size() walks it; the count is kept beside it.
    private final Map<K, AtomicInteger> sizes = new ConcurrentHashMap<>();

    NewestIndex(int capacity) {
        this.capacity = capacity;
    }

    void add(K key, Newest position) {
        ConcurrentSkipListSet<Newest> set = sets.computeIfAbsent(key, k -> new ConcurrentSkipListSet<>());
        if (set.add(position) && sizes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > capacity
                && set.pollLast() != null) {
            sizes.get(key).decrementAndGet();
        }
    }

    void remove(K key, Newest position) {
        ConcurrentSkipListSet<Newest> set = sets.get(key);
        if (set != null && set.remove(position)) {
            sizes.get(key).decrementAndGet();
        }
    }

    Iterable<Newest> all(K key) {
        ConcurrentSkipListSet<Newest> set = sets.get(key);
        return set == null ? List.of() : set;
    }

    List<Long> ids(K key, int limit) {
        List<Long> ids = new ArrayList<>(Math.min(limit, 64));
        for (Newest position : all(key)) {
            if (ids.size() >= limit) {
                break;
            }
            ids.add(position.id());
        }
        return ids;
    }
}
