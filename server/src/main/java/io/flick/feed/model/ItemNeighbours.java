package io.flick.feed.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Item-to-item co-engagement kept up to date on every positive signal: when someone finishes,
 * likes or shares an item for the first time, it is counted together with each of their recent
 * positives, both ways. Similarity is the cosine of the two audiences, {@code together /
 * sqrt(audience(a) × audience(b))}, so merely popular items do not neighbour everything. A request
 * then reads a few short lists instead of walking the engagers of every seed.
 *
 * <p>Memory is bounded per item: each keeps the {@value #KEEP} strongest neighbours (up to twice as
 * many between prunings), a few kilobytes.
 */
public final class ItemNeighbours {

    static final int KEEP = 512;

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    /** An item's audience and its co-engagement counts; guarded by its own lock. */
    private static final class Entry {
        final CoCounts together = new CoCounts(KEEP);
        int audience;
    }

    /**
     * @param together   how many people engaged with both items (within the bound kept per item)
     * @param similarity the cosine of the two audiences
     */
    public record Neighbour(long item, int together, int audience, int theirAudience, double similarity) {
    }

    /**
     * Records a viewer's first positive on {@code item}.
     *
     * @param others the viewer's other recent positives
     */
    void engaged(long item, List<Long> others) {
        Entry entry = entry(item);
        synchronized (entry) {
            entry.audience++;
            for (long other : others) {
                if (other != item) {
                    entry.together.increment(other);
                }
            }
        }
        // One lock at a time: never two entries held together, so no lock-ordering deadlock.
        for (long other : others) {
            if (other != item) {
                Entry them = entry(other);
                synchronized (them) {
                    them.together.increment(item);
                }
            }
        }
    }

    /** The item's neighbours by cosine similarity, unordered. */
    public List<Neighbour> of(long item) {
        Entry entry = entries.get(item);
        if (entry == null) {
            return List.of();
        }
        long[] ids;
        int[] counts;
        int audience;
        synchronized (entry) {
            audience = entry.audience;
            ids = new long[entry.together.size()];
            counts = new int[ids.length];
            int[] n = {0};
            entry.together.forEach((other, count) -> {
                ids[n[0]] = other;
                counts[n[0]++] = count;
            });
        }
        List<Neighbour> neighbours = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            int theirs = audience(ids[i]);
            neighbours.add(new Neighbour(ids[i], counts[i], audience, theirs, counts[i] / Math.sqrt(Math.max(1, audience) * (double) Math.max(1, theirs))));
        }
        return neighbours;
    }

    /** How many people engaged with the item (finished, liked or shared it), counted once each. */
    public int audience(long item) {
        Entry entry = entries.get(item);
        if (entry == null) {
            return 0;
        }
        synchronized (entry) {
            return entry.audience;
        }
    }

    private Entry entry(long item) {
        return entries.computeIfAbsent(item, i -> new Entry());
    }
}
