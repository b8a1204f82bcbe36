package io.flick.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.video.VideoVisibility;

/** Views (with watch time) and shares: recorded always, counted with care. */
@Service
class WatchAndShare {

    static final Set<String> SOURCES = Set.of("fyp", "following", "friends", "hashtag", "sound", "profile", "search", "share");
    // One counted view per viewer and video in this window: looping a request does not inflate views.
    static final Duration VIEW_WINDOW = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final VideoVisibility visibility;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WatchAndShare(JdbcClient jdbc, VideoVisibility visibility, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param viewerKey the signed-in user's id, or the client's address for a visitor
     */
    @Transactional
    void view(VideoId video, Optional<UserId> user, String viewerKey, double watchTime, double completion, String source) {
        require(video, user);
        Instant now = clock.instant();
        // Serialises one viewer's concurrent views of one video, so exactly one of them counts.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(video.value() + ":" + viewerKey).query(Object.class).single();
        boolean counted = !jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM engagement.views
                               WHERE video_id = ? AND viewer_key = ? AND counted AND created_at > ?)""")
                .params(video.value(), viewerKey, utc(now.minus(VIEW_WINDOW))).query(Boolean.class).single();
        jdbc.sql("""
                INSERT INTO engagement.views (video_id, user_id, viewer_key, watch_time, completion_rate, source, counted, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(video.value(), user.map(UserId::value).orElse(null), viewerKey, watchTime, completion, source,
                        counted, utc(now))
                .update();
        if (counted) {
            jdbc.sql("INSERT INTO engagement.counter_deltas (video_id, views) VALUES (?, 1)").param(video.value()).update();
        }
        events.publishEvent(new VideoViewed(video, user.orElse(null), watchTime, completion, source, now));
    }

    @Transactional
    void share(VideoId video, UserId user, String type, String platform) {
        require(video, Optional.of(user));
        jdbc.sql("INSERT INTO engagement.shares (video_id, user_id, share_type, platform, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(video.value(), user.value(), type, platform, utc(clock.instant())).update();
        jdbc.sql("INSERT INTO engagement.counter_deltas (video_id, shares) VALUES (?, 1)").param(video.value()).update();
        events.publishEvent(new VideoShared(video, user, type, clock.instant()));
    }

    private void require(VideoId video, Optional<UserId> user) {
        if (!visibility.visible(video, user)) {
            throw new FlickException(Problem.VIDEO_NOT_FOUND, "There is no such video.");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
