package io.flick.sound;

import io.flick.shared.ProblemCode;

/** The errors about sounds: one the caller may not hear does not exist for them. */
public enum SoundProblem implements ProblemCode {
    SOUND_NOT_FOUND(404, "Sound not found");

    private final int status;
    private final String title;

    SoundProblem(int status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
