package io.flick.feed.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.LongAdder;

import io.flick.feed.Watch;

/**
 * Everything the recommender knows, in memory: the items, what viewers did with each, every
 * user's taste, and the indexes candidate sources read (by creator, hashtag, sound, and who
 * engaged with what). Built by applying signals in order; each {@code apply…} is the one place a
 * kind of signal changes the state, whether it comes live from an event or from the journal at
 * start. Readers never block writers for long: every structure is concurrent or guarded per key.
 */
public final class FeedState {

    private static final int ITEMS_PER_KEY = 3000;

    private final int dimensions;
    private final Map<Long, Item> items = new ConcurrentHashMap<>();
    private final Map<Long, ItemStats> stats = new ConcurrentHashMap<>();
    private final Map<Long, ItemStats> creatorStats = new ConcurrentHashMap<>();
    private final Map<Long, Taste> tastes = new ConcurrentHashMap<>();
    private final NewestIndex<Long> byCreator = new NewestIndex<>(ITEMS_PER_KEY);
    private final NewestIndex<String> byHashtag = new NewestIndex<>(ITEMS_PER_KEY);
    private final NewestIndex<Long> bySound = new NewestIndex<>(ITEMS_PER_KEY);
    private final Map<Long, Map<Long, Boolean>> followersOf = new ConcurrentHashMap<>();
    private final DurationBuckets durations = new DurationBuckets();
    private final LongAdder views = new LongAdder();
    private final LongAdder likes = new LongAdder();
    private final LongAdder shares = new LongAdder();
    private final ConcurrentSkipListSet<Newest> newest = new ConcurrentSkipListSet<>();
    // Items with engagement since the charts were last refreshed: only these can have risen.
    private final Set<Long> touched = ConcurrentHashMap.newKeySet();
    private final ItemNeighbours neighbours = new ItemNeighbours();

    public FeedState(int dimensions) {
        this.dimensions = dimensions;
    }

    /** An item's position in a newest-first index. */
    public record Newest(long publishedMillis, long id) implements Comparable<Newest> {
        @Override
        public int compareTo(Newest other) {
            int byTime = Long.compare(other.publishedMillis, publishedMillis);
            return byTime != 0 ? byTime : Long.compare(other.id, id);
        }

        static Newest of(Item item) {
            return new Newest(item.publishedAt().toEpochMilli(), item.id());
        }
    }

    // ---- writes: one method per kind of signal ----

    public void applyPublished(Item item) {
        Item previous = items.put(item.id(), item);
        stats.computeIfAbsent(item.id(), id -> new ItemStats());
        if (previous == null) {
            Newest position = Newest.of(item);
            newest.add(position);
            byCreator.add(item.creator(), position);
            item.hashtags().forEach(tag -> byHashtag.add(tag, position));
            if (item.sound() != 0) {
                bySound.add(item.sound(), position);
            }
        }
    }

    /**
     * Its owner edited the item (who may see it, its hashtags, so its text): the new one replaces
     * it, and the hashtag index follows. Unknown items are ignored (an edit before its publication
     * reached the feed is in the published item already).
     */
    public void applyEdited(Item edited) {
        Item[] previous = new Item[1];
        items.computeIfPresent(edited.id(), (id, old) -> {
            previous[0] = old;
            return edited;
        });
        if (previous[0] == null) {
            return;
        }
        Newest position = Newest.of(edited);
        previous[0].hashtags().stream().filter(tag -> !edited.hashtags().contains(tag))
                .forEach(tag -> byHashtag.remove(tag, position));
        edited.hashtags().forEach(tag -> byHashtag.add(tag, position));
    }

    /** The item is gone (its video was deleted): no source proposes it again. Its past signals stay harmless. */
    public void applyDeleted(long itemId) {
        Item item = items.remove(itemId);
        stats.remove(itemId);
        if (item == null) {
            return;
        }
        Newest position = Newest.of(item);
        newest.remove(position);
        byCreator.remove(item.creator(), position);
        item.hashtags().forEach(tag -> byHashtag.remove(tag, position));
        if (item.sound() != 0) {
            bySound.remove(item.sound(), position);
        }
        touched.remove(itemId);
    }

    public void applyView(Long user, long itemId, double watchSeconds, double completion, Instant at) {
        Item item = items.get(itemId);
        if (item == null) {
            return;
        }
        Watch watch = Watch.of(watchSeconds, completion, item.durationSeconds());
        stats.get(itemId).viewed(watch, at.toEpochMilli());
        creatorStats.computeIfAbsent(item.creator(), c -> new ItemStats()).viewed(watch, at.toEpochMilli());
        touched.add(itemId);
        durations.record(item.durationSeconds(), watch == Watch.LONG);
        views.increment();
        if (user != null) {
            double weight = switch (watch) {
                case LONG -> 1.0;
                case PARTIAL -> 0.0;
                case SKIP -> -0.3;
            };
            if (tasteOf(user).view(item, weight, at.toEpochMilli(), completion)) {
                engaged(itemId, user);
            }
        }
    }

    public void applyLike(long user, long itemId, Instant at) {
        Item item = items.get(itemId);
        if (item == null) {
            return;
        }
        stats.get(itemId).liked(at.toEpochMilli());
        touched.add(itemId);
        likes.increment();
        if (tasteOf(user).engage(item, 2.0)) {
            engaged(itemId, user);
        }
    }

    public void applyShare(long user, long itemId, Instant at) {
        Item item = items.get(itemId);
        if (item == null) {
            return;
        }
        stats.get(itemId).shared(at.toEpochMilli());
        touched.add(itemId);
        shares.increment();
        if (tasteOf(user).engage(item, 3.0)) {
            engaged(itemId, user);
        }
    }

    public void applyNotInterested(long user, long itemId) {
        Item item = items.get(itemId);
        if (item == null) {
            return;
        }
        stats.get(itemId).dismissed();
        tasteOf(user).dismiss(item);
    }

    public void applyFollow(long user, long creator, boolean following) {
        tasteOf(user).follow(creator, following);
        Map<Long, Boolean> followers = followersOf.computeIfAbsent(creator, c -> new ConcurrentHashMap<>());
        if (following) {
            followers.put(user, Boolean.TRUE);
        } else {
            followers.remove(user);
        }
    }

    public void applyHide(long user, long creator, boolean hidden) {
        tasteOf(user).hide(creator, hidden);
    }

    public void served(Collection<Long> itemIds) {
        for (long id : itemIds) {
            ItemStats s = stats.get(id);
            if (s != null) {
                s.served();
            }
        }
    }

    /** The items engaged with since the last call, and forgets them. */
    public Set<Long> drainTouched() {
        Set<Long> drained = new java.util.HashSet<>();
        for (var it = touched.iterator(); it.hasNext(); ) {
            drained.add(it.next());
            it.remove();
        }
        return drained;
    }

    // ---- reads ----

    public int dimensions() {
        return dimensions;
    }

    public Optional<Item> item(long id) {
        return Optional.ofNullable(items.get(id));
    }

    public Collection<Item> items() {
        return items.values();
    }

    public int size() {
        return items.size();
    }

    public ItemStats.Snapshot stats(long id, long nowMillis) {
        ItemStats s = stats.get(id);
        return s == null ? ItemStats.Snapshot.NONE : s.snapshot(nowMillis);
    }

    /** The user's taste; a visitor (null) gets an empty one that is not kept. */
    public Taste.Snapshot taste(Long user) {
        if (user == null) {
            return new Taste(dimensions).snapshot();
        }
        Taste taste = tastes.get(user);
        return (taste == null ? new Taste(dimensions) : taste).snapshot();
    }

    /** The items the user most recently finished, liked or shared, newest first. */
    public List<Long> recentPositives(long user, int limit) {
        Taste taste = tastes.get(user);
        return taste == null ? List.of() : taste.recentPositives(limit);
    }

    public ItemStats.Snapshot creatorStats(long creator, long nowMillis) {
        ItemStats s = creatorStats.get(creator);
        return s == null ? ItemStats.Snapshot.NONE : s.snapshot(nowMillis);
    }

    public boolean follows(long user, long creator) {
        Map<Long, Boolean> followers = followersOf.get(creator);
        return followers != null && followers.containsKey(user);
    }

    public List<Long> newestBy(long creator, int limit) {
        return byCreator.ids(creator, limit);
    }

    public Iterable<Newest> newestByCreator(long creator) {
        return byCreator.all(creator);
    }

    public List<Long> newestWithHashtag(String tag, int limit) {
        return byHashtag.ids(tag, limit);
    }

    public List<Long> newestWithSound(long sound, int limit) {
        return bySound.ids(sound, limit);
    }

    /** Every item, newest first (a live view). */
    public Iterable<Newest> newest() {
        return newest;
    }

    /** Items engaged with by the same people as this one, with their cosine similarity. */
    public List<ItemNeighbours.Neighbour> neighbours(long itemId) {
        return neighbours.of(itemId);
    }

    /** The item's co-engagement neighbours and their share of its similarity, without a list (per request). */
    public void forEachNeighbourShare(long itemId, ItemNeighbours.SimilarityVisitor visitor) {
        neighbours.forEachShare(itemId, visitor);
    }

    public double longViewPrior(double durationSeconds) {
        return durations.longViewRate(durationSeconds);
    }

    public double likePrior() {
        return (likes.sum() + 0.02 * 1000) / (views.sum() + 1000.0);
    }

    public double sharePrior() {
        return (shares.sum() + 0.003 * 1000) / (views.sum() + 1000.0);
    }

    // ---- internals ----

    private Taste tasteOf(long user) {
        return tastes.computeIfAbsent(user, u -> new Taste(dimensions));
    }

    /** The user's first interest in the item: counted with each of their recent positives. */
    private void engaged(long itemId, long user) {
        neighbours.engaged(itemId, tasteOf(user).recentPositives(Taste.RECENT_POSITIVES));
    }
}
