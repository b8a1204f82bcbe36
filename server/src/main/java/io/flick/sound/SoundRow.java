package io.flick.sound;

import java.time.Instant;

import io.flick.shared.SoundId;
import io.flick.shared.UserId;

record SoundRow(SoundId id, UserId owner, String name, double duration, int usageCount, boolean original,
                long sourceAssetId, boolean published, Instant createdAt) {

    SoundSummary summary() {
        return new SoundSummary(id, name, duration, usageCount);
    }

    SoundListing listing() {
        return new SoundListing(id, name, duration, usageCount, original, owner);
    }
}
