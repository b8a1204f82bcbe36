package io.flick.challenge;

import io.flick.shared.ProblemCode;

/** The errors about challenges. */
public enum ChallengeProblem implements ProblemCode {
    CHALLENGE_NOT_FOUND(404, "Challenge not found"),
    /** Another challenge of the same hashtag has a window that overlaps the one asked for. */
    CHALLENGE_EXISTS(409, "Challenge exists"),
    /** Invitations to a challenge whose window has ended. */
    CHALLENGE_ENDED(409, "Challenge ended");

    private final int status;
    private final String title;

    ChallengeProblem(int status, String title) {
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
