package io.flick.engagement;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.shared.FlickException;
import io.flick.shared.IdGenerator;
import io.flick.shared.Problem;
import io.flick.shared.Texts;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.VideoProblem;
import io.flick.video.VideoVisibility;
import io.flick.video.VideoVisibility.VisibleVideo;

/**
 * Posting, liking and deleting comments. Everything starts from the video's visibility: a comment
 * on a video the caller may not see does not exist for them. Replies hang off top-level comments (a
 * reply to a reply joins the same thread). Authors delete their comments; a video's owner may
 * delete any comment on it.
 */
@Service
class Commenting {

    static final int MAX_LENGTH = 150;
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([A-Za-z0-9_.]{2,30})");

    private final StoredComments comments;
    private final VideoVisibility videos;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;

    Commenting(StoredComments comments, VideoVisibility videos, UserDirectory users, ApplicationEventPublisher events,
               IdGenerator ids, Clock clock) {
        this.comments = comments;
        this.videos = videos;
        this.users = users;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    StoredComments.CommentRow post(UserId me, VideoId videoId, String text, Optional<Long> parentId) {
        VisibleVideo video = visible(videoId, me);
        if (!video.commentEnabled()) {
            throw new FlickException(EngagementProblem.COMMENTS_DISABLED, "The creator turned comments off for this video.");
        }
        String body = text(text);
        Long parent = parentId.map(id -> comments.find(id)
                        .filter(p -> p.video().equals(videoId))
                        .orElseThrow(Commenting::notFound))
                .map(p -> p.parentId() != null ? p.parentId() : p.id())
                .orElse(null);
        var comment = new StoredComments.CommentRow(ids.next(), videoId, me, parent, body, 0, 0, clock.instant());
        comments.add(comment);
        events.publishEvent(new CommentPosted(comment.id(), videoId, me, parent, mentions(body)));
        return comment;
    }

    @Transactional
    void delete(UserId me, long commentId) {
        var comment = comments.find(commentId).orElseThrow(Commenting::notFound);
        VisibleVideo video = visible(comment.video(), me);
        if (!comment.author().equals(me) && !video.owner().equals(me)) {
            throw new FlickException(Problem.FORBIDDEN, "Only its author or the video's creator can delete a comment.");
        }
        comments.delete(comment, clock.instant());
    }

    @Transactional
    void like(UserId me, long commentId, boolean like) {
        var comment = comments.find(commentId).orElseThrow(Commenting::notFound);
        visible(comment.video(), me);
        if (like) {
            comments.like(commentId, me, clock.instant());
        } else {
            comments.unlike(commentId, me);
        }
    }

    VisibleVideo visible(VideoId video, UserId viewer) {
        return visible(video, Viewer.member(viewer));
    }

    VisibleVideo visible(VideoId video, Viewer viewer) {
        return videos.find(video, viewer)
                .orElseThrow(() -> new FlickException(VideoProblem.VIDEO_NOT_FOUND, "There is no such video."));
    }

    static FlickException notFound() {
        return new FlickException(EngagementProblem.COMMENT_NOT_FOUND, "There is no such comment.");
    }

    /** Trimmed, 1 to 150 characters (an emoji counts once), one line, by the shared text rule. */
    private static String text(String text) {
        return Texts.require("text", text, 1, MAX_LENGTH, false);
    }

    private List<UserId> mentions(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            names.add(m.group(1).replaceAll("\\.+$", "").toLowerCase(Locale.ROOT));
        }
        return names.stream().map(users::byUsername).flatMap(Optional::stream).map(UserSummary::userId).toList();
    }
}
