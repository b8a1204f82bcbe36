package io.flick.discovery.search;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.discovery.index.Fields;
import io.flick.discovery.index.SearchIndex;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.sound.SoundListing;
import io.flick.sound.Sounds;

/** Sounds matching a search by name, as far as the viewer may hear each ({@link Sounds#audible}, the sound page's rule). */
@Component
class SoundSearch {

    private final SearchIndex index;
    private final Sounds sounds;
    private final UserDirectory users;
    private final Blocks blocks;
    private final Clock clock;

    SoundSearch(SearchIndex index, Sounds sounds, UserDirectory users, Blocks blocks, Clock clock) {
        this.index = index;
        this.sounds = sounds;
        this.users = users;
        this.blocks = blocks;
        this.clock = clock;
    }

    /** Seed 001's sound in a list; {@code author} null when the account is gone. */
    record SoundResult(SoundId soundId, String name, double duration, int usageCount, boolean isOriginal,
                       UserSummary author) {
    }

    Slice<SoundResult> page(SearchText text, Viewer viewer, PageRequest page) {
        if (text.matchesNothing()) {
            return new Slice<>(List.of(), null);
        }
        Map<Long, SoundListing> audible = new HashMap<>();
        Slice<RankedHits.Hit> hits = RankedHits.page(index, query(text, viewer, false), page, batch -> {
            sounds.audible(batch.stream().map(hit -> new SoundId(hit.id())).toList(), viewer)
                    .forEach(sound -> audible.put(sound.soundId().value(), sound));
            return batch.stream().filter(hit -> audible.containsKey(hit.id())).toList();
        });
        return new Slice<>(results(hits.items().stream().map(hit -> audible.get(hit.id())).toList()), hits.nextCursor());
    }

    List<SoundResult> top(SearchText text, Viewer viewer, int count) {
        if (text.matchesNothing()) {
            return List.of();
        }
        List<RankedHits.Hit> hits = RankedHits.top(index, query(text, viewer, true), count * 2);
        List<SoundListing> heard = sounds.audible(hits.stream().map(hit -> new SoundId(hit.id())).toList(), viewer);
        return results(heard.stream().limit(count).toList());
    }

    private List<SoundResult> results(List<SoundListing> listings) {
        Map<UserId, UserSummary> authors = users.find(listings.stream().map(SoundListing::owner).distinct().toList());
        return listings.stream().map(sound -> new SoundResult(sound.soundId(), sound.name(), sound.duration(),
                sound.usageCount(), sound.original(), authors.get(sound.owner()))).toList();
    }

    private Query query(SearchText text, Viewer viewer, boolean typeAhead) {
        Set<UserId> hidden = viewer.signedIn().map(blocks::hiddenFrom).orElse(Set.of());
        return SearchQueries.ranked(Fields.SOUND, SearchQueries.text(text.tokens(), SearchQueries.SOUND_FIELDS, typeAhead),
                hidden, null, clock.millis());
    }
}
