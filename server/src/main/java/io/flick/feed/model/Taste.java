package io.flick.feed.model;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One user's taste, updated on every signal: a decayed average of the embeddings of what they
 * finished, liked and shared (minus what they skipped or dismissed), fading weights per hashtag,
 * sound and creator, the videos they engaged with most recently, and the hard filters (seen,
 * not interested, hidden creators, followed creators). All access goes through this object's lock.
 */
public final class Taste {

    static final double DECAY = 0.98;
    static final int RECENT_POSITIVES = 100;
    /**
     * In For You's backfill (rewatches, once nothing unseen is left) a video watched to the end counts
     * as seen this much later than one left at the start at the same moment: the backfill offers what
     * was seen longest ago and least completed first, and a day is what separates the two.
     */
    static final Duration COMPLETED_COUNTS_AS_SEEN_LATER = Duration.ofDays(1);

    private final float[] vector;
    private final Affinities<String> hashtags = new Affinities<>(DECAY);
    private final Affinities<Long> sounds = new Affinities<>(DECAY);
    private final Affinities<Long> creators = new Affinities<>(DECAY);
    /** Every item the user viewed, with its rewatch key (the backfill's order: smallest first). */
    private final Map<Long, Long> seen = new HashMap<>();
    /** Every item the user finished, liked or shared: co-engagement counts a person once per item. */
    private final Set<Long> engaged = new HashSet<>();
    private final Set<Long> dismissed = new HashSet<>();
    private final Set<Long> hiddenCreators = new HashSet<>();
    private final Set<Long> followees = new HashSet<>();
    private final ArrayDeque<Long> recentPositives = new ArrayDeque<>();
    /**
     * An immutable copy of {@code recentPositives}, made when first read after a change. Co-engagement
     * reads the recent positives of hundreds of other users per request (about 12,000 reads), and
     * they change far less often than they are read.
     */
    private List<Long> recentPositivesCopy = List.of();
    private long views;
    private long positives;
    private int generation;

    Taste(int dimensions) {
        this.vector = new float[dimensions];
    }

    /**
     * A view: the item is seen (its rewatch key is that of this, the latest, view) and engaged with.
     *
     * @param completion the share of the video watched (clamped to 0..1 for the rewatch key)
     * @return whether this is the user's first interest in the item
     */
    synchronized boolean view(Item item, double weight, long atMillis, double completion) {
        double watched = Math.clamp(completion, 0.0, 1.0);
        seen.put(item.id(), atMillis + Math.round(watched * COMPLETED_COUNTS_AS_SEEN_LATER.toMillis()));
        views++;
        return engage(item, weight);
    }

    /**
     * @param weight positive for interest (finished, liked, shared), negative for a skip or a dismissal
     * @return whether this is the user's first interest in the item (a like after a finished view is not)
     */
    synchronized boolean engage(Item item, double weight) {
        hashtags.tick();
        sounds.tick();
        creators.tick();
        for (String tag : item.hashtags()) {
            hashtags.add(tag, weight / Math.max(1, Math.sqrt(item.hashtags().size())));
        }
        if (item.sound() != 0) {
            sounds.add(item.sound(), weight);
        }
        creators.add(item.creator(), weight);
        if (item.embedding() != null) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] * DECAY + weight * item.embedding()[i]);
            }
        }
        if (weight > 0) {
            positives++;
            recentPositives.remove(item.id());
            recentPositives.addFirst(item.id());
            if (recentPositives.size() > RECENT_POSITIVES) {
                recentPositives.removeLast();
            }
            recentPositivesCopy = null;
            return engaged.add(item.id());
        }
        return false;
    }

    synchronized void dismiss(Item item) {
        dismissed.add(item.id());
        engage(item, -2);
        generation++;
    }

    synchronized void follow(long creator, boolean following) {
        boolean changed = following ? followees.add(creator) : followees.remove(creator);
        if (changed) {
            generation++;
        }
    }

    synchronized void hide(long creator, boolean hidden) {
        boolean changed = hidden ? hiddenCreators.add(creator) : hiddenCreators.remove(creator);
        if (changed) {
            generation++;
        }
    }

    public synchronized Snapshot snapshot() {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] unit = null;
        if (norm > 1e-9) {
            unit = new float[vector.length];
            double inverse = 1 / Math.sqrt(norm);
            for (int i = 0; i < vector.length; i++) {
                unit[i] = (float) (vector[i] * inverse);
            }
        }
        return new Snapshot(unit, hashtags.strongest(8), sounds.strongest(5), creators.strongest(10),
                Set.copyOf(seen.keySet()), Set.copyOf(dismissed), Set.copyOf(hiddenCreators), Set.copyOf(followees),
                recentPositives(), views, positives, generation, this);
    }

    synchronized List<Long> recentPositives(int limit) {
        List<Long> all = recentPositives();
        return limit >= all.size() ? all : all.subList(0, limit);
    }

    /** Newest first; immutable, shared until the next change. Called under the lock. */
    private List<Long> recentPositives() {
        if (recentPositivesCopy == null) {
            recentPositivesCopy = List.copyOf(recentPositives);
        }
        return recentPositivesCopy;
    }

    synchronized double hashtagAffinity(List<String> tags) {
        double max = hashtags.max();
        if (max <= 0 || tags.isEmpty()) {
            return 0;
        }
        double best = 0;
        for (String tag : tags) {
            best = Math.max(best, hashtags.get(tag));
        }
        return best / max;
    }

    synchronized double soundAffinity(long sound) {
        double max = sounds.max();
        return max <= 0 || sound == 0 ? 0 : sounds.get(sound) / max;
    }

    synchronized double creatorAffinity(long creator) {
        double max = creators.max();
        return max <= 0 ? 0 : Math.max(-1, creators.get(creator) / max);
    }

    synchronized boolean hasSeen(long item) {
        return seen.containsKey(item) || dismissed.contains(item);
    }

    /** Each seen item's rewatch key: last view's time, later by up to a day for how much of it was watched. */
    synchronized Map<Long, Long> rewatchKeys() {
        return Map.copyOf(seen);
    }

    /**
     * A copy of what the pipeline needs for one request, taken under the lock once.
     *
     * @param vector the taste as a unit vector, or null before the first signal with an embedding
     */
    public record Snapshot(float[] vector, List<String> topHashtags, List<Long> topSounds, List<Long> topCreators,
                           Set<Long> seen, Set<Long> dismissed, Set<Long> hiddenCreators, Set<Long> followees,
                           List<Long> recentPositives, long views, long positives, int generation, Taste live) {

        public boolean excludes(Item item) {
            return seen.contains(item.id()) || dismissed.contains(item.id()) || hiddenCreators.contains(item.creator());
        }

        /**
         * The seen items' order for For You's backfill, smallest first: seen longest ago and least
         * completed first (read from the live taste: only the backfill needs it, rarely).
         */
        public Map<Long, Long> rewatchKeys() {
            return live.rewatchKeys();
        }

        public double hashtagAffinity(List<String> tags) {
            return live.hashtagAffinity(tags);
        }

        public double soundAffinity(long sound) {
            return live.soundAffinity(sound);
        }

        public double creatorAffinity(long creator) {
            return live.creatorAffinity(creator);
        }
    }
}
