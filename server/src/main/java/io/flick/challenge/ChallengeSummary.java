package io.flick.challenge;

import java.time.Instant;

import io.flick.shared.ChallengeId;

/** What a hashtag's page shows of its challenge. {@code status}: {@code upcoming}, {@code active} or {@code ended}. */
public record ChallengeSummary(ChallengeId challengeId, String title, String description, String status, Instant endsAt) {
}
