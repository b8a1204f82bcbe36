package io.flick.discovery.hashtags;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The seam where a hashtag page gets its challenge (contract: {@code challenge} is a
 * ChallengeSummary or null). Until the challenge module lands, no hashtag has one. Wiring it: inject
 * {@code Challenges} here and answer {@code challenges.forHashtag(tag)} mapped to {@link ChallengeSummary} (or
 * use the challenge module's own summary type in {@code HashtagPage}, which has the same fields).
 */
@Component
class HashtagChallenge {

    /** @return the tag's challenge, or null when it has none */
    ChallengeSummary forHashtag(String tag) {
        return null;
    }

    /** The contract's ChallengeSummary; {@code status} is upcoming, active or ended. */
    record ChallengeSummary(String challengeId, String title, String description, String status, Instant endsAt) {
    }
}
