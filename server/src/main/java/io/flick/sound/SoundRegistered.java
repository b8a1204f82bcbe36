package io.flick.sound;

import io.flick.shared.SoundId;
import io.flick.shared.UserId;

/** A new sound joined the library (a clip's original audio): search indexes it. */
public record SoundRegistered(SoundId sound, UserId owner, String name, boolean original) {
}
