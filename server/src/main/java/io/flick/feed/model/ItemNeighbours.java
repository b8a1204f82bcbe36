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
        /** Written under the entry's lock; read without it (a neighbour's audience, per request). */
        volatile int audience;
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
            entry.audience = entry.audience + 1;
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
        List<Neighbour> neighbours = new ArrayList<>();
        visit(item, (other, together, audience, theirs) -> neighbours.add(new Neighbour(other, together, audience, theirs,
                cosine(together, audience, theirs))));
        return neighbours;
    }

    /**
     * Calls {@code visitor} with each neighbour of the item and its cosine similarity, without
     * allocating per neighbour: the per-request path reads dozens of these lists.
     */
    public void forEachSimilar(long item, SimilarityVisitor visitor) {
        visit(item, (other, together, audience, theirs) -> visitor.visit(other, cosine(together, audience, theirs)));
    }

    @FunctionalInterface
    public interface SimilarityVisitor {
        void visit(long item, double similarity);
    }

    /** How many people engaged with the item (finished, liked or shared it), counted once each. */
    public int audience(long item) {
        Entry entry = entries.get(item);
        return entry == null ? 0 : entry.audience;
    }

    private interface CountVisitor {
        void visit(long other, int together, int audience, int theirAudience);
    }

    private void visit(long item, CountVisitor visitor) {
        Entry entry = entries.get(item);
        if (entry == null) {
            return;
        }
        long[] ids;
        int[] counts;
        int audience;
        // Copied under the lock, visited outside it: never two entries' locks held together.
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
        for (int i = 0; i < ids.length; i++) {
            visitor.visit(ids[i], counts[i], audience, audience(ids[i]));
        }
    }

    private static double cosine(int together, int audience, int theirAudience) {
        return together / Math.sqrt(Math.max(1, audience) * (double) Math.max(1, theirAudience));
    }

    private Entry entry(long item) {
        return entries.computeIfAbsent(item, i -> new Entry());
    }
}
