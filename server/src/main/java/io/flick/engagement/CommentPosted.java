package io.flick.engagement;

import java.util.List;

import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** A new comment (or reply); {@code mentions} are the users it @mentions, for notifications. */
public record CommentPosted(long commentId, VideoId video, UserId author, Long parentId, List<UserId> mentions) {
}
