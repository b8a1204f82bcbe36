package io.flick.feed.model;

import static io.flick.feed.model.LongSlots.slot;

import java.util.Arrays;

/**
 * How often each other item was engaged with by the same people as one item: a small open-addressing
 * map of item id → count, without boxing, that keeps only the strongest neighbours. When it holds
 * {@code 2 × keep} entries it drops all but the {@code keep} highest counts, so memory per item is
 * bounded and a newcomer has to earn its place again (which also lets recent co-engagement replace
 * old). Not thread-safe: {@link ItemNeighbours} guards each instance with its own lock.
 */
final class CoCounts {

    private static final long EMPTY = LongSlots.EMPTY;

    private final int keep;
    private long[] keys = new long[8];
    private int[] counts = new int[8];
    private int size;

    /** Item ids are positive; 0 marks a free slot. */
    CoCounts(int keep) {
        this.keep = keep;
    }

    void increment(long item) {
        int slot = slot(keys, item);
        if (keys[slot] == item) {
            counts[slot]++;
            return;
        }
        if (size + 1 > 2 * keep) {
            prune();
            slot = slot(keys, item);
        } else if ((size + 1) * 2 > keys.length) {
            rehash(keys.length * 2);
            slot = slot(keys, item);
        }
        keys[slot] = item;
        counts[slot] = 1;
        size++;
    }

    int size() {
        return size;
    }

    /** Calls {@code visitor} with every held neighbour and its count. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], counts[i]);
            }
        }
    }

    interface Visitor {
        void visit(long item, int count);
    }

    /** Keeps the {@code keep} highest counts (ties: any of them). */
    private void prune() {
        int[] held = new int[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                held[n++] = counts[i];
            }
        }
        Arrays.sort(held);
        int threshold = held[size - keep];
        // Entries above the threshold all stay; entries equal to it fill what is left of the quota.
        int aboveThreshold = 0;
        for (int count : held) {
            if (count > threshold) {
                aboveThreshold++;
            }
        }
        int equalAllowed = keep - aboveThreshold;
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length];
        counts = new int[oldKeys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == EMPTY) {
                continue;
            }
            boolean stays = oldCounts[i] > threshold || (oldCounts[i] == threshold && equalAllowed-- > 0);
            if (stays) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                size++;
            }
        }
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[capacity];
        counts = new int[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
