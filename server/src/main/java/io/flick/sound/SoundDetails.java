package io.flick.sound;

import io.flick.shared.SoundId;
import io.flick.shared.UserId;

/** A sound as lists of sounds show it (trending sounds, search): its card's facts plus whether it is a clip's original audio, and whose. */
public record SoundDetails(SoundId soundId, String name, double duration, int usageCount, boolean original, UserId owner) {
}
