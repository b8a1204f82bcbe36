package io.flick.feed.candidates;

import static io.flick.feed.model.LongSlots.slot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import io.flick.feed.model.LongSlots;

/**
 * Sums of scores by item id, without boxing, and their best {@code n}: the accumulator of a source
 * that adds up tens of thousands of small contributions per request. Not thread-safe; one per request.
 */
final class ScoreTable {

    private static final long EMPTY = LongSlots.EMPTY;

    private long[] keys;
    private double[] values;
    private int size;

    /** Item ids are positive; 0 marks a free slot. */
    ScoreTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new double[capacity];
    }

    void add(long item, double value) {
        int slot = slot(keys, item);
        if (keys[slot] == EMPTY) {
            if ((size + 1) * 2 > keys.length) {
                grow();
                slot = slot(keys, item);
            }
            keys[slot] = item;
            size++;
        }
        values[slot] += value;
    }

    int size() {
        return size;
    }

    double get(long item) {
        int slot = slot(keys, item);
        return keys[slot] == item ? values[slot] : 0;
    }

    /** An item and its summed score. */
    record Entry(long item, double score) {
    }

    /**
     * The {@code n} highest sums among the items {@code accept} lets through, best first (ties by id).
     * {@code accept} is asked only about items that could make the cut, not about every item.
     */
    List<Entry> top(int n, LongPredicate accept) {
        // A min-heap of the best n so far: the root is the one to beat.
        long[] heapKeys = new long[n];
        double[] heapValues = new double[n];
        int held = 0;
        for (int i = 0; i < keys.length; i++) {
            long key = keys[i];
            if (key == EMPTY) {
                continue;
            }
            double value = values[i];
            if (held == n && !better(value, key, heapValues[0], heapKeys[0])) {
                continue;
            }
            if (!accept.test(key)) {
                continue;
            }
            if (held < n) {
                heapKeys[held] = key;
                heapValues[held] = value;
                siftUp(heapKeys, heapValues, held++);
            } else {
                heapKeys[0] = key;
                heapValues[0] = value;
                siftDown(heapKeys, heapValues, held);
            }
        }
        List<Entry> best = new ArrayList<>(held);
        for (int i = 0; i < held; i++) {
            best.add(new Entry(heapKeys[i], heapValues[i]));
        }
        best.sort((a, b) -> better(a.score(), a.item(), b.score(), b.item()) ? -1 : 1);
        return best;
    }

    /** Higher score first; on equal scores the lower id, so results do not depend on hashing. */
    private static boolean better(double value, long key, double otherValue, long otherKey) {
        return value > otherValue || value == otherValue && key < otherKey;
    }

    private static void siftUp(long[] keys, double[] values, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(values[parent], keys[parent], values[at], keys[at])) {
                break;
            }
            swap(keys, values, at, parent);
            at = parent;
        }
    }

    private static void siftDown(long[] keys, double[] values, int size) {
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && better(values[left], keys[left], values[right], keys[right])) {
                worst = right;
            }
            if (!better(values[at], keys[at], values[worst], keys[worst])) {
                return;
            }
            swap(keys, values, at, worst);
            at = worst;
        }
    }

    private static void swap(long[] keys, double[] values, int a, int b) {
        long key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        double value = values[a];
        values[a] = values[b];
        values[b] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
