package io.flick.sound;

import io.flick.shared.SoundId;

/** What a video card shows of its sound (seed 001's embedded {@code sound}). */
public record SoundSummary(SoundId soundId, String name, double duration, int usageCount) {
}
