package io.flick.challenge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.shared.ChallengeId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.shared.Viewer;
import io.flick.sound.SoundSummary;
import io.flick.sound.Sounds;
import io.flick.video.VideoCard;
import io.flick.video.VideoCatalog;

/**
 * Challenges as a caller sees them. A challenge whose creator and the caller are on either side of a
 * block does not exist for the caller; its sound and cover are shown only as far as the caller may
 * hear or see them (the sound and video modules' own rules).
 */
@Component
class ChallengeCards {

    private final StoredChallenges challenges;
    private final UserDirectory users;
    private final Blocks blocks;
    private final Sounds sounds;
    private final VideoCatalog catalog;
    private final Clock clock;

    ChallengeCards(StoredChallenges challenges, UserDirectory users, Blocks blocks, Sounds sounds, VideoCatalog catalog,
                   Clock clock) {
        this.challenges = challenges;
        this.users = users;
        this.blocks = blocks;
        this.sounds = sounds;
        this.catalog = catalog;
        this.clock = clock;
    }

    Optional<ChallengeRow> visible(ChallengeId id, Viewer viewer) {
        return challenges.find(id).filter(row -> visible(row, viewer));
    }

    /** The one rule: a block between the caller and the creator hides the challenge from both. */
    boolean visible(ChallengeRow row, Viewer viewer) {
        return !(viewer instanceof Viewer.Member(UserId me)) || me.equals(row.creator()) || !blocks.eitherBlocks(me, row.creator());
    }

    /** Creators hidden from the viewer, as ids for a query. */
    Set<Long> hiddenCreators(Viewer viewer) {
        return viewer.signedIn().map(blocks::hiddenFrom).orElse(Set.of()).stream().map(UserId::value)
                .collect(Collectors.toSet());
    }

    List<Challenge> cards(List<ChallengeRow> rows, Viewer viewer) {
        Instant now = clock.instant();
        Map<UserId, UserSummary> creators = users.find(rows.stream().map(ChallengeRow::creator).distinct().toList());
        Map<ChallengeId, Integer> entries = challenges.entryCounts(rows.stream().map(ChallengeRow::id).toList());
        Map<VideoId, VideoCard> covers = catalog.cards(rows.stream().map(ChallengeRow::cover)
                        .filter(java.util.Objects::nonNull).distinct().toList(), viewer).stream()
                .collect(Collectors.toMap(VideoCard::videoId, Function.identity()));
        return rows.stream().map(row -> {
            SoundSummary sound = row.sound() == null ? null : sounds.audible(row.sound(), viewer).orElse(null);
            VideoCard cover = row.cover() == null ? null : covers.get(row.cover());
            return new Challenge(row.id(), row.hashtag(), row.title(), row.description(), row.rules(), row.startsAt(),
                    row.endsAt(), row.status(now).json(), sound, cover == null ? null : cover.thumbnailUrl(),
                    creators.get(row.creator()), entries.getOrDefault(row.id(), 0));
        }).toList();
    }

    Challenge card(ChallengeRow row, Viewer viewer) {
        return cards(List.of(row), viewer).getFirst();
    }

    /** A challenge in the API (issue 17's contract). */
    record Challenge(ChallengeId challengeId, String hashtag, String title, String description, String rules,
                     Instant startsAt, Instant endsAt, String status, SoundSummary sound, String coverUrl,
                     UserSummary creator, int entryCount) {
    }
}
