package io.flick.video;

import io.flick.shared.ProblemCode;

/** The errors about videos, raised by every module that names a video: one the viewer may not see does not exist for them. */
public enum VideoProblem implements ProblemCode {
    VIDEO_NOT_FOUND(404, "Video not found");

    private final int status;
    private final String title;

    VideoProblem(int status, String title) {
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
