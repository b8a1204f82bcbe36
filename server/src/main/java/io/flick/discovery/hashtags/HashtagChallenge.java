package io.flick.discovery.hashtags;

import org.springframework.stereotype.Component;

/**
 * The seam where a hashtag page gets its challenge (contract: {@code challenge} is a
 * ChallengeSummary or null). Until the challenge module lands, no hashtag has one. Wiring it: inject
 * {@code Challenges} and answer {@code challenges.forHashtag(tag)} (as its ChallengeSummary, or null),
 * and give {@code HashtagPage.challenge} that type.
 */
@Component
class HashtagChallenge {

    /** @return the tag's challenge summary, or null when it has none */
    Object forHashtag(String tag) {
        return null;
    }
}
