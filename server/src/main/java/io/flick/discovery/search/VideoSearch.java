package io.flick.discovery.search;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.discovery.index.Fields;
import io.flick.discovery.index.SearchIndex;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.shared.Viewer;
import io.flick.video.VideoCard;
import io.flick.video.VideoCatalog;

/**
 * Videos matching a search, best first, as far as the viewer may see each: the index proposes
 * (never another's private video, nobody on either side of a block), {@link VideoCatalog#cards} decides
 * with the one visibility rule and makes the cards.
 */
@Component
class VideoSearch {

    private final SearchIndex index;
    private final VideoCatalog catalog;
    private final Blocks blocks;
    private final Clock clock;

    VideoSearch(SearchIndex index, VideoCatalog catalog, Blocks blocks, Clock clock) {
        this.index = index;
        this.catalog = catalog;
        this.blocks = blocks;
        this.clock = clock;
    }

    Slice<VideoCard> page(SearchText text, Viewer viewer, PageRequest page) {
        if (text.matchesNothing()) {
            return new Slice<>(List.of(), null);
        }
        Map<Long, VideoCard> shown = new HashMap<>();
        Slice<RankedHits.Hit> hits = RankedHits.page(index, query(text, viewer, false), page, batch -> {
            catalog.cards(batch.stream().map(hit -> new VideoId(hit.id())).toList(), viewer)
                    .forEach(card -> shown.put(card.videoId().value(), card));
            return batch.stream().filter(hit -> shown.containsKey(hit.id())).toList();
        });
        return new Slice<>(hits.items().stream().map(hit -> shown.get(hit.id())).toList(), hits.nextCursor());
    }

    /**
     * The best few for type-ahead (those the viewer may not see dropped). Unlike people, hashtags and
     * sounds, a word being typed counts as a prefix of videos' words only from 3 letters, as in search:
     * a one- or two-letter prefix matches nearly every caption, and ranking them all was four fifths
     * of type-ahead's cost in the search benchmark (docs/benchmarks/search.md) for two arbitrary videos.
     */
    List<VideoCard> top(SearchText text, Viewer viewer, int count) {
        if (text.matchesNothing()) {
            return List.of();
        }
        List<RankedHits.Hit> hits = RankedHits.top(index, query(text, viewer, false), count * 2);
        List<VideoCard> cards = catalog.cards(hits.stream().map(hit -> new VideoId(hit.id())).toList(), viewer);
        return cards.stream().filter(Objects::nonNull).limit(count).toList();
    }

    private Query query(SearchText text, Viewer viewer, boolean typeAhead) {
        Set<UserId> hidden = viewer.signedIn().map(blocks::hiddenFrom).orElse(Set.of());
        return SearchQueries.ranked(Fields.VIDEO, SearchQueries.text(text.tokens(), SearchQueries.VIDEO_FIELDS, typeAhead),
                hidden, SearchQueries.videosWorthChecking(viewer), clock.millis());
    }
}
