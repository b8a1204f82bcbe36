package io.flick.feed.model;

/**
 * Linear probing over a table of positive {@code long} keys where 0 marks a free slot: the lookup
 * shared by the feed's primitive maps, which avoid boxing on paths run per request or per signal.
 */
public final class LongSlots {

    public static final long EMPTY = 0;

    /**
     * The slot holding {@code key}, or the free slot where it would go. The table's length is a power
     * of two and it is never full (callers grow or prune first).
     */
    public static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private LongSlots() {
    }
}
