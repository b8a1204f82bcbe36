package io.flick.engagement;

import static io.flick.shared.Utc.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.shared.FlickException;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.VideoProblem;
import io.flick.video.VideoVisibility;

/** Views (with watch time) and shares: recorded always, counted with care. */
@Service
class ViewsAndShares {

    static final Set<String> SOURCES = Set.of("fyp", "following", "friends", "hashtag", "sound", "profile", "search", "share");
    // One counted view per viewer and video in this window: looping a request does not inflate views.
    static final Duration VIEW_WINDOW = Duration.ofMinutes(10);
    // One counted share per sharer, video and platform in this window. Longer than the view window:
    // watching again is engagement, sharing the same video to the same place again the same day is not.
    static final Duration SHARE_WINDOW = Duration.ofHours(24);
    static final int SHARE_PLATFORMS = 5;

    private final JdbcClient jdbc;
    private final VideoVisibility visibility;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ViewsAndShares(JdbcClient jdbc, VideoVisibility visibility, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param viewerKey the signed-in user's id, or the client's address for a visitor
     */
    @Transactional
    void view(VideoId video, Viewer viewer, String viewerKey, double watchTime, double completion, String source) {
        require(video, viewer);
        Instant now = clock.instant();
        boolean counted = firstInWindow("view:" + video.value() + ":" + viewerKey, () -> jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM engagement.views
                               WHERE video_id = ? AND viewer_key = ? AND counted AND created_at > ?)""")
                .params(video.value(), viewerKey, utc(now.minus(VIEW_WINDOW))).query(Boolean.class).single());
        jdbc.sql("""
                INSERT INTO engagement.views (video_id, user_id, viewer_key, watch_time, completion_rate, source, counted, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(video.value(), viewer.idOrNull(), viewerKey, watchTime, completion, source,
                        counted, utc(now))
                .update();
        if (counted) {
            jdbc.sql("INSERT INTO engagement.counter_deltas (video_id, views) VALUES (?, 1)").param(video.value()).update();
        }
        events.publishEvent(new VideoViewed(video, viewer.signedIn().orElse(null), watchTime, completion, source, now));
    }

    /**
     * Every share is recorded (and answered with its link); it is counted, and so reaches the share
     * count and the feed's signals (trending, taste), once per sharer, video and platform per window,
     * and for at most {@link #SHARE_PLATFORMS} platforms per sharer and video in that window: platform
     * names are free text, so without that bound one user could still count once per made-up name.
     */
    @Transactional
    void share(VideoId video, UserId user, String type, String platform) {
        require(video, Viewer.member(user));
        Instant now = clock.instant();
        String place = type + ":" + (platform == null ? "" : platform);
        boolean counted = firstInWindow("share:" + video.value() + ":" + user.value(), () -> jdbc.sql("""
                SELECT COALESCE(bool_or(share_type || ':' || COALESCE(platform, '') = ?), FALSE) OR count(*) >= ?
                FROM engagement.shares WHERE video_id = ? AND user_id = ? AND counted AND created_at > ?""")
                .params(place, SHARE_PLATFORMS, video.value(), user.value(), utc(now.minus(SHARE_WINDOW)))
                .query(Boolean.class).single());
        jdbc.sql("INSERT INTO engagement.shares (video_id, user_id, share_type, platform, counted, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(video.value(), user.value(), type, platform, counted, utc(now)).update();
        if (counted) {
            jdbc.sql("INSERT INTO engagement.counter_deltas (video_id, shares) VALUES (?, 1)").param(video.value()).update();
            events.publishEvent(new VideoShared(video, user, type, now));
        }
    }

    /**
     * Whether an event counts: the first of its key in its window. Concurrent events of one key are
     * serialised (a transaction-scoped advisory lock on the key) until the caller's transaction ends,
     * so exactly one of them counts; {@code alreadyCounted} looks for a counted one in the window.
     */
    private boolean firstInWindow(String key, BooleanSupplier alreadyCounted) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(key).query(Object.class).single();
        return !alreadyCounted.getAsBoolean();
    }

    private void require(VideoId video, Viewer viewer) {
        if (!visibility.visible(video, viewer)) {
            throw new FlickException(VideoProblem.VIDEO_NOT_FOUND, "There is no such video.");
        }
    }

    /** A deleted video's views and shares go with it. */
    void forget(VideoId video) {
        jdbc.sql("DELETE FROM engagement.views WHERE video_id = ?").param(video.value()).update();
        jdbc.sql("DELETE FROM engagement.shares WHERE video_id = ?").param(video.value()).update();
    }
}
