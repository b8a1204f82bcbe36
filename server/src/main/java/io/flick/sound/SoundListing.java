package io.flick.sound;

import io.flick.shared.SoundId;
import io.flick.shared.UserId;

/** A sound as lists of sounds show it (search, trending): its summary plus who made it. */
public record SoundListing(SoundId soundId, String name, double duration, int usageCount, boolean original, UserId owner) {
}
