package io.flick.engagement;

import io.flick.shared.ProblemCode;

/** The errors about comments. */
public enum EngagementProblem implements ProblemCode {
    COMMENT_NOT_FOUND(404, "Comment not found"),
    COMMENTS_DISABLED(403, "Comments disabled");

    private final int status;
    private final String title;

    EngagementProblem(int status, String title) {
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
