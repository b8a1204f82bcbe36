package io.flick.challenge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.flick.account.UserDirectory;
import io.flick.engagement.VideoLiked;
import io.flick.engagement.VideoShared;
import io.flick.engagement.VideoUnliked;
import io.flick.engagement.VideoViewed;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.shared.Viewer;
import io.flick.video.Privacy;
import io.flick.video.VideoDeleted;
import io.flick.video.VideoEdited;
import io.flick.video.VideoPublished;
import io.flick.video.VideoStats;

/**
 * Other modules' events turned into entries and their counters. Each handler is idempotent (the
 * event publication log may deliver an event again after a restart).
 * <p>
 * A visitor's view (no account) is not counted: it cannot be told apart from a script replaying
 * views, nor checked against the rules about owners and fresh accounts.
 */
@Component
class EntryEvents {

    private final ChallengeEntries entries;
    private final UserDirectory users;
    private final VideoStats stats;
    private final Clock clock;

    EntryEvents(ChallengeEntries entries, UserDirectory users, VideoStats stats, Clock clock) {
        this.entries = entries;
        this.users = users;
        this.stats = stats;
        this.clock = clock;
    }

    /** A public video published with a challenge's hashtag inside its window enters it. */
    @ApplicationModuleListener
    void on(VideoPublished event) {
        if (event.privacy() == Privacy.PUBLIC) {
            entries.enter(event.video(), event.owner(), event.hashtags(), event.publishedAt());
        }
    }

    /**
     * An edit takes the video out of open challenges whose hashtag it lost, or out of all of them when it
     * is no longer public; a public video that gained a running challenge's hashtag enters at the edit.
     */
    @ApplicationModuleListener
    void on(VideoEdited event) {
        boolean stillPublic = event.privacy() == Privacy.PUBLIC;
        entries.leave(event.video(), stillPublic ? event.hashtags() : List.of(), event.editedAt());
        if (stillPublic) {
            entries.enter(event.video(), event.owner(), event.hashtags(), event.editedAt());
        }
    }

    @ApplicationModuleListener
    void on(VideoDeleted event) {
        entries.forget(event.video());
    }

    @ApplicationModuleListener
    void on(VideoLiked event) {
        likeAsItIsNow(event.video(), event.user(), clock.instant());
    }

    @ApplicationModuleListener
    void on(VideoUnliked event) {
        likeAsItIsNow(event.video(), event.user(), event.at());
    }

    /**
     * Likes and unlikes are delivered asynchronously, in no promised order: both take engagement's
     * answer of whether the user likes the video now, so a like handled after its own unlike counts
     * nothing. (A like's own time is not in its event: it counts when handled, after the end too late.)
     */
    private void likeAsItIsNow(VideoId video, UserId user, Instant at) {
        if (stats.mine(Viewer.member(user), List.of(video)).getOrDefault(video, VideoStats.Mine.NOTHING).hasLiked()) {
            joined(user).ifPresent(joined -> entries.add(ChallengeEntries.Signal.LIKE, video, user, joined, at));
        } else {
            entries.removeLike(video, user, at);
        }
    }

    @ApplicationModuleListener
    void on(VideoShared event) {
        joined(event.user()).ifPresent(joined ->
                entries.add(ChallengeEntries.Signal.SHARE, event.video(), event.user(), joined, event.at()));
    }

    @ApplicationModuleListener
    void on(VideoViewed event) {
        if (event.user() == null) {
            return;
        }
        // completion_rate is a percentage (0 to 100)
        int permille = (int) Math.round(Math.clamp(event.completionRate(), 0.0, 100.0) * 10);
        joined(event.user()).ifPresent(joined ->
                entries.view(event.video(), event.user(), joined, event.at(), permille));
    }

    /** When the account was created; an account that no longer exists moves nothing. */
    private Optional<Instant> joined(UserId user) {
        Map<UserId, Instant> found = users.joinedAt(List.of(user));
        return Optional.ofNullable(found.get(user));
    }
}
