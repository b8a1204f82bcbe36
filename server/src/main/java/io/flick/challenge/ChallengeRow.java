package io.flick.challenge;

import java.time.Instant;

import io.flick.shared.ChallengeId;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** A stored challenge. {@code sound} and {@code cover} may be null. */
record ChallengeRow(ChallengeId id, String hashtag, String title, String description, String rules, Instant startsAt,
                    Instant endsAt, SoundId sound, VideoId cover, UserId creator, Instant createdAt, Instant frozenAt) {

    Status status(Instant now) {
        if (now.isBefore(startsAt)) {
            return Status.UPCOMING;
        }
        return now.isBefore(endsAt) ? Status.ACTIVE : Status.ENDED;
    }

    ChallengeSummary summary(Instant now) {
        return new ChallengeSummary(id, title, description, status(now).json(), endsAt);
    }

    enum Status {
        UPCOMING, ACTIVE, ENDED;

        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
