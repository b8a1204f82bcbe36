package io.flick.challenge;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.shared.ChallengeId;
import io.flick.shared.Cursor;
import io.flick.shared.FilteredPages;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.VideoCard;
import io.flick.video.VideoCatalog;

/**
 * A challenge's leaderboard, page by page. Places are read in rank order and then filtered by what
 * the caller may see (the video module's rule, in bulk per batch), so ranks stay those of the whole
 * board. A live board may move between two pages; an ended one is frozen at its first read.
 */
@Service
class Leaderboards {

    /** Candidate batches read for one page before answering with what was found so far. */
    private static final int MAX_BATCHES = 5;

    private final ChallengeEntries entries;
    private final VideoCatalog catalog;
    private final Clock clock;

    Leaderboards(ChallengeEntries entries, VideoCatalog catalog, Clock clock) {
        this.entries = entries;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Freezes the board of an ended challenge not frozen yet (in one transaction), so that its ranks
     * are read from then on.
     *
     * @return whether the board is frozen
     */
    @Transactional
    public boolean freezeIfEnded(ChallengeRow challenge) {
        Instant now = clock.instant();
        boolean ended = challenge.status(now) == ChallengeRow.Status.ENDED;
        if (ended && challenge.frozenAt() == null) {
            entries.freezeIfEnded(challenge.id(), now);
        }
        return ended;
    }

    Leaderboard board(ChallengeRow challenge, boolean frozen, Viewer viewer, PageRequest page) {
        Map<VideoId, VideoCard> shown = new HashMap<>();
        Slice<ChallengeEntries.Place> places = FilteredPages.fill(page, 1, MAX_BATCHES,
                (after, count) -> entries.places(challenge.id(), frozen, after == null ? 0 : after.key(0), count),
                candidates -> {
                    catalog.cards(candidates.stream().map(ChallengeEntries.Place::video).toList(), viewer)
                            .forEach(card -> shown.put(card.videoId(), card));
                    return candidates.stream().filter(place -> shown.containsKey(place.video())).toList();
                },
                place -> Cursor.of(place.rank()));
        return new Leaderboard(challenge.id(), frozen, places.items().stream()
                .map(place -> new LeaderboardEntry(place.rank(), place.score(), shown.get(place.video()))).toList(),
                places.nextCursor());
    }

    record Leaderboard(ChallengeId challengeId, boolean frozen, List<LeaderboardEntry> entries, String nextCursor) {
    }

    record LeaderboardEntry(long rank, long score, VideoCard video) {
    }
}
