package io.flick.challenge;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.flick.shared.Viewer;
import io.flick.video.Hashtags;

/** The challenges module's API for other modules: a hashtag page shows its challenge. */
@Service
public class Challenges {

    private final StoredChallenges challenges;
    private final ChallengeCards cards;
    private final Clock clock;

    Challenges(StoredChallenges challenges, ChallengeCards cards, Clock clock) {
        this.challenges = challenges;
        this.cards = cards;
        this.clock = clock;
    }

    /**
     * The challenge of a hashtag (with or without {@code #}, any case): the running one, else the
     * next to start, else the last one that ended; empty for an invalid tag or one without challenges.
     */
    public Optional<ChallengeSummary> forHashtag(String tag) {
        return forHashtag(tag, Viewer.anonymous());
    }

    /** The same, as {@code viewer} sees it: a challenge whose creator is on either side of a block with them is absent. */
    public Optional<ChallengeSummary> forHashtag(String tag, Viewer viewer) {
        String normalised = Hashtags.normalise(tag);
        if (normalised == null) {
            return Optional.empty();
        }
        var now = clock.instant();
        return challenges.forHashtag(normalised, now)
                .filter(row -> cards.visible(row, viewer))
                .map(row -> row.summary(now));
    }
}
