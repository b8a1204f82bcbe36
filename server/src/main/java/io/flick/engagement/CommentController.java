package io.flick.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.account.Blocks;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.platform.CurrentUser;
import io.flick.shared.FlickException;
import io.flick.shared.PageRequest;
import io.flick.shared.PublicIds;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;

/** Seed 001's comment endpoints, with replies, comment likes and deletion. Comment ids are {@code cmt_…}. */
@RestController
class CommentController {

    static final String PREFIX = "cmt";

    private final Commenting commenting;
    private final StoredComments comments;
    private final UserDirectory users;
    private final Blocks blocks;

    CommentController(Commenting commenting, StoredComments comments, UserDirectory users, Blocks blocks) {
        this.commenting = commenting;
        this.comments = comments;
        this.users = users;
        this.blocks = blocks;
    }

    @PostMapping("/api/v1/videos/{videoId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    CommentView post(@CurrentUser UserId me, @PathVariable String videoId, @RequestBody PostRequest request) {
        Optional<Long> parent = Optional.ofNullable(request.parentCommentId()).filter(id -> !id.isBlank()).map(CommentController::id);
        var comment = commenting.post(me, VideoId.parse(videoId), request.text(), parent);
        return views(List.of(comment), Viewer.member(me)).getFirst();
    }

    @GetMapping("/api/v1/videos/{videoId}/comments")
    Comments list(@PathVariable String videoId, @CurrentUser Viewer viewer,
                  @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
                  @RequestParam(defaultValue = "newest") String order) {
        VideoId video = VideoId.parse(videoId);
        commenting.visible(video, viewer);
        PageRequest page = PageRequest.of(limit, cursor, "comments:" + video + ":" + order);
        boolean top = order.equals("top");
        if (!top && !order.equals("newest")) {
            throw FlickException.invalidField("order", "one_of", "must be newest or top");
        }
        Slice<StoredComments.CommentRow> slice = top ? comments.top(video, page) : comments.newest(video, page);
        return new Comments(views(visibleTo(slice.items(), viewer), viewer), slice.nextCursor());
    }

    @GetMapping("/api/v1/comments/{commentId}/replies")
    Comments replies(@PathVariable String commentId, @CurrentUser Viewer viewer,
                     @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        var parent = comments.find(id(commentId)).orElseThrow(Commenting::notFound);
        commenting.visible(parent.video(), viewer);
        PageRequest page = PageRequest.of(limit, cursor, "replies:" + parent.id());
        Slice<StoredComments.CommentRow> slice = comments.replies(parent.id(), page);
        return new Comments(views(visibleTo(slice.items(), viewer), viewer), slice.nextCursor());
    }

    @PostMapping("/api/v1/comments/{commentId}/like")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void like(@CurrentUser UserId me, @PathVariable String commentId) {
        commenting.like(me, id(commentId), true);
    }

    @DeleteMapping("/api/v1/comments/{commentId}/like")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlike(@CurrentUser UserId me, @PathVariable String commentId) {
        commenting.like(me, id(commentId), false);
    }

    @DeleteMapping("/api/v1/comments/{commentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@CurrentUser UserId me, @PathVariable String commentId) {
        commenting.delete(me, id(commentId));
    }

    /** Comments by people the viewer blocked, or who blocked the viewer, are left out. */
    private List<StoredComments.CommentRow> visibleTo(List<StoredComments.CommentRow> rows, Viewer viewer) {
        if (!(viewer instanceof Viewer.Member(UserId me))) {
            return rows;
        }
        Set<UserId> hidden = blocks.hiddenFrom(me);
        return rows.stream().filter(row -> !hidden.contains(row.author())).toList();
    }

    private List<CommentView> views(List<StoredComments.CommentRow> rows, Viewer viewer) {
        Map<UserId, UserSummary> authors = users.find(rows.stream().map(StoredComments.CommentRow::author).distinct().toList());
        Set<Long> liked = viewer.signedIn().map(me -> comments.likedBy(me, rows.stream().map(StoredComments.CommentRow::id).toList()))
                .orElse(Set.of());
        return rows.stream().map(row -> new CommentView(PublicIds.format(PREFIX, row.id()), row.video(),
                row.parentId() == null ? null : PublicIds.format(PREFIX, row.parentId()), authors.get(row.author()),
                row.text(), row.likeCount(), row.replyCount(), liked.contains(row.id()), row.createdAt())).toList();
    }

    static long id(String text) {
        try {
            return PublicIds.parse(PREFIX, text);
        } catch (PublicIds.InvalidIdException e) {
            throw Commenting.notFound();
        }
    }

    record PostRequest(String text, String parentCommentId) {
    }

    record CommentView(String commentId, VideoId videoId, String parentCommentId, UserSummary user, String text,
                       int likeCount, int replyCount, boolean hasLiked, Instant createdAt) {
    }

    record Comments(List<CommentView> comments, String nextCursor) {
    }

}
