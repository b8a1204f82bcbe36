package io.flick.discovery.hashtags;

import org.springframework.stereotype.Component;

import io.flick.challenge.ChallengeSummary;
import io.flick.challenge.Challenges;
import io.flick.shared.Viewer;

/**
 * Where a hashtag page gets its challenge (contract: {@code challenge} is a ChallengeSummary or null):
 * the challenge module's choice for the tag (the running one, else the next, else the last ended), as
 * the viewer may see it (a challenge by someone on either side of a block with them is absent).
 */
@Component
class HashtagChallenge {

    private final Challenges challenges;

    HashtagChallenge(Challenges challenges) {
        this.challenges = challenges;
    }

    /** @return the tag's challenge, or null when it has none the viewer may see */
    ChallengeSummary forHashtag(String tag, Viewer viewer) {
        return challenges.forHashtag(tag, viewer).orElse(null);
    }
}
