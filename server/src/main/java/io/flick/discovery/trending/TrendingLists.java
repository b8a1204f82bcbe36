package io.flick.discovery.trending;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.account.Relationship;
import io.flick.account.Relationships;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.feed.Trending;
import io.flick.feed.TrendingNow;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.shared.Viewer;
import io.flick.sound.SoundListing;
import io.flick.sound.Sounds;
import io.flick.video.Hashtags;
import io.flick.video.VideoCard;
import io.flick.video.VideoCatalog;

/**
 * The trending lists as one caller may see them. The order is the chart's; what the caller may not
 * see is left out by the owning module's rule, never a copy of it: videos through
 * {@link VideoCatalog#cards} (privacy, private accounts, blocks both ways), sounds through
 * {@link Sounds#audible}, creators by blocks ({@link Blocks}) and, for a private account, only for its
 * approved followers (as its videos are: the relationship lists of people compute). Entries are read from the chart in batches, so a caller who may see
 * little of it costs a bounded number of queries.
 */
@Component
class TrendingLists {

    /** Chart entries looked at per list item asked for, per batch, and the most batches per list. */
    private static final int OVERFETCH = 2;
    private static final int MAX_BATCHES = 5;

    private final TrendingNow trending;
    private final VideoCatalog catalog;
    private final Hashtags hashtags;
    private final Sounds sounds;
    private final UserDirectory users;
    private final Blocks blocks;
    private final Relationships relationships;

    TrendingLists(TrendingNow trending, VideoCatalog catalog, Hashtags hashtags, Sounds sounds, UserDirectory users,
                  Blocks blocks, Relationships relationships) {
        this.trending = trending;
        this.catalog = catalog;
        this.hashtags = hashtags;
        this.sounds = sounds;
        this.users = users;
        this.blocks = blocks;
        this.relationships = relationships;
    }

    /** One reading of the chart, so every list of a page comes from the same refresh. */
    record Snapshot(Trending chart) {
        Instant updatedAt() {
            return chart.updatedAt();
        }
    }

    record HashtagEntry(String hashtag, long videoCount, long viewCount) {
    }

    /** The contract's SoundResult, as search answers it too. */
    record SoundResult(SoundId soundId, String name, double duration, int usageCount, boolean isOriginal, UserSummary author) {
    }

    /** @param relationship how the caller stands towards the creator; absent for a visitor */
    record Creator(UserSummary user, String relationship) {
    }

    Snapshot now() {
        return new Snapshot(trending.now());
    }

    List<VideoCard> videos(Snapshot now, Viewer viewer, int limit) {
        return firstVisible(now.chart().videos(), limit, batch -> catalog.cards(batch, viewer));
    }

    /**
     * Hashtags are figures over public videos, the same for everyone: no per-caller filter. A tag that
     * no public video carries any more (its videos were made private or deleted since the chart saw
     * them) is left out; the chart forgets it at a later refresh.
     */
    List<HashtagEntry> hashtags(Snapshot now, int limit) {
        List<String> top = now.chart().hashtags().stream().limit((long) limit * OVERFETCH).map(Trending.Scored::key).toList();
        Map<String, Hashtags.Figures> figures = hashtags.figures(top);
        return top.stream().filter(tag -> figures.get(tag).videoCount() > 0)
                .map(tag -> new HashtagEntry(tag, figures.get(tag).videoCount(), figures.get(tag).viewCount()))
                .limit(limit).toList();
    }

    List<SoundResult> sounds(Snapshot now, Viewer viewer, int limit) {
        return firstVisible(now.chart().sounds(), limit, batch -> {
            List<SoundListing> audible = sounds.audible(batch, viewer);
            Map<UserId, UserSummary> authors = users.find(audible.stream().map(SoundListing::owner).distinct().toList());
            return audible.stream().map(sound -> new SoundResult(sound.soundId(), sound.name(), sound.duration(),
                    sound.usageCount(), sound.original(), authors.get(sound.owner()))).toList();
        });
    }

    List<Creator> creators(Snapshot now, Viewer viewer, int limit) {
        Set<UserId> hidden = viewer.signedIn().map(blocks::hiddenFrom).orElse(Set.of());
        return firstVisible(now.chart().creators(), limit, batch -> {
            List<UserId> unblocked = batch.stream().filter(user -> !hidden.contains(user)).toList();
            Map<UserId, UserSummary> people = users.find(unblocked);
            Map<UserId, Relationship> relations = viewer.signedIn().map(me -> relationships.among(me, unblocked))
                    .orElse(Map.of());
            return unblocked.stream().map(people::get).filter(Objects::nonNull)
                    .filter(user -> !user.isPrivate() || approved(relations.get(user.userId())))
                    .map(user -> new Creator(user, relations.containsKey(user.userId())
                            ? relations.get(user.userId()).code() : null))
                    .toList();
        });
    }

    /** Whether the caller may see a private account's things: their own, or as an approved follower. */
    private static boolean approved(Relationship relation) {
        return relation == Relationship.SELF || relation == Relationship.FOLLOWING || relation == Relationship.FRIENDS;
    }

    /**
     * The first {@code limit} entries the caller may see, in the chart's order: batches of the chart
     * are turned into what the caller may see ({@code visible}, in order) until enough were found.
     */
    private static <K, R> List<R> firstVisible(List<Trending.Scored<K>> chart, int limit,
                                               Function<List<K>, List<R>> visible) {
        List<R> found = new ArrayList<>();
        int next = 0;
        for (int batch = 0; batch < MAX_BATCHES && found.size() < limit && next < chart.size(); batch++) {
            int end = Math.min(chart.size(), next + (limit - found.size()) * OVERFETCH);
            List<K> keys = chart.subList(next, end).stream().map(Trending.Scored::key).toList();
            next = end;
            found.addAll(visible.apply(keys));
        }
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }
}
