package io.flick.engagement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.VideoStats;

/**
 * The counters of every video ({@code engagement.video_counters}), moved by folding the deltas that
 * likes, saves, shares, views and comments leave in {@code engagement.counter_deltas}. Counts for
 * cards come from the folded counters (eventually consistent, within a second or so).
 */
@Component
class VideoCounters implements VideoStats {

    private final JdbcClient jdbc;
    private final Reactions reactions;

    VideoCounters(JdbcClient jdbc, Reactions reactions) {
        this.jdbc = jdbc;
        this.reactions = reactions;
    }

    @Override
    public Map<VideoId, Counts> counts(Collection<VideoId> videos) {
        Map<VideoId, Counts> counts = new HashMap<>();
        if (videos.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT video_id, likes, saves, shares, views, comments FROM engagement.video_counters WHERE video_id = ANY(?)")
                .param(videos.stream().map(VideoId::value).toArray(Long[]::new))
                .query((rs, row) -> counts.put(new VideoId(rs.getLong(1)),
                        new Counts(rs.getLong("views"), rs.getLong("likes"), rs.getLong("comments"),
                                rs.getLong("shares"), rs.getLong("saves"))))
                .list();
        return counts;
    }

    @Override
    public <K> Map<K, Long> totalViews(Map<K, ? extends Collection<VideoId>> groups) {
        List<K> keys = new ArrayList<>(groups.keySet());
        Map<K, Long> totals = new HashMap<>();
        List<Integer> group = new ArrayList<>();
        List<Long> video = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            totals.put(keys.get(i), 0L);
            for (VideoId id : groups.get(keys.get(i))) {
                group.add(i);
                video.add(id.value());
            }
        }
        if (video.isEmpty()) {
            return totals;
        }
        jdbc.sql("""
                SELECT g.grp, COALESCE(sum(c.views), 0) FROM unnest(?::int[], ?::bigint[]) AS g(grp, video_id)
                JOIN engagement.video_counters c ON c.video_id = g.video_id GROUP BY g.grp""")
                .params(group.toArray(Integer[]::new), video.toArray(Long[]::new))
                .query((rs, row) -> totals.put(keys.get(rs.getInt(1)), rs.getLong(2)))
                .list();
        return totals;
    }

    @Override
    public List<Engaged> byEngagement(Collection<VideoId> candidates, Engaged after, int limit) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, score FROM (
                    SELECT c.id, COALESCE(vc.views + 10 * vc.likes + 10 * vc.comments + 20 * vc.saves + 50 * vc.shares, 0) AS score
                    FROM unnest(:candidates::bigint[]) AS c(id) LEFT JOIN engagement.video_counters vc ON vc.video_id = c.id) s
                WHERE :after_score::bigint IS NULL OR (score, id) < (:after_score::bigint, :after_id::bigint)
                ORDER BY score DESC, id DESC LIMIT :limit""")
                .param("candidates", candidates.stream().map(VideoId::value).distinct().toArray(Long[]::new))
                .param("after_score", after == null ? null : after.score())
                .param("after_id", after == null ? null : after.video().value())
                .param("limit", limit)
                .query((rs, row) -> new Engaged(new VideoId(rs.getLong(1)), rs.getLong(2)))
                .list();
    }

    @Override
    public Map<VideoId, Mine> mine(Viewer viewer, Collection<VideoId> videos) {
        Map<VideoId, Mine> mine = new HashMap<>();
        if (!(viewer instanceof Viewer.Member(UserId me))) {
            return mine;
        }
        Set<VideoId> liked = reactions.reactedTo(Reactions.Kind.LIKE, me, videos);
        Set<VideoId> saved = reactions.reactedTo(Reactions.Kind.SAVE, me, videos);
        videos.forEach(video -> mine.put(video, new Mine(liked.contains(video), saved.contains(video))));
        return mine;
    }

    @Override
    public Counts forget(VideoId video) {
        // Deltas first: a fold holding some of them finishes (and moves the counters) before this goes on.
        jdbc.sql("DELETE FROM engagement.counter_deltas WHERE video_id = ?").param(video.value()).update();
        return jdbc.sql("DELETE FROM engagement.video_counters WHERE video_id = ? RETURNING views, likes, comments, shares, saves")
                .param(video.value())
                .query((rs, row) -> new Counts(rs.getLong("views"), rs.getLong("likes"), rs.getLong("comments"),
                        rs.getLong("shares"), rs.getLong("saves")))
                .optional().orElse(Counts.NONE);
    }

    /** A folded batch: how many deltas, and the likes (all, and on public videos) each creator received. */
    record Folded(int deltas, List<LikesReceived> likesReceived) {
    }

    record LikesReceived(UserId creator, long likes, long publicLikes) {
    }

    /**
     * One statement takes (and locks, skipping rows another node is folding) the oldest {@code batch}
     * deltas, deletes them, adds their sums per video and answers the likes each creator received.
     * Runs in the caller's transaction, so the creators' profiles move with the counters.
     */
    Folded fold(int batch) {
        List<Map<String, Object>> rows = jdbc.sql("""
                WITH batch AS (
                    DELETE FROM engagement.counter_deltas WHERE id IN (
                        SELECT id FROM engagement.counter_deltas ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED)
                    RETURNING video_id, owner_id, owner_public, likes, saves, shares, views, comments),
                sums AS (
                    SELECT video_id, sum(likes) AS likes, sum(saves) AS saves, sum(shares) AS shares, sum(views) AS views,
                           sum(comments) AS comments, count(*) AS n
                    FROM batch GROUP BY video_id),
                applied AS (
                    INSERT INTO engagement.video_counters (video_id, likes, saves, shares, views, comments, updated_at)
                    SELECT video_id, likes, saves, shares, views, comments, now() FROM sums
                    ON CONFLICT (video_id) DO UPDATE SET likes = video_counters.likes + EXCLUDED.likes,
                        saves = video_counters.saves + EXCLUDED.saves, shares = video_counters.shares + EXCLUDED.shares,
                        views = video_counters.views + EXCLUDED.views,
                        comments = video_counters.comments + EXCLUDED.comments, updated_at = EXCLUDED.updated_at),
                owners AS (
                    SELECT owner_id, sum(likes) AS likes, COALESCE(sum(likes) FILTER (WHERE owner_public), 0) AS public_likes
                    FROM batch WHERE owner_id IS NOT NULL GROUP BY owner_id)
                SELECT owner_id, likes, public_likes, (SELECT COALESCE(sum(n), 0) FROM sums) AS folded FROM owners
                UNION ALL SELECT NULL, 0, 0, (SELECT COALESCE(sum(n), 0) FROM sums)""")
                .param("batch", batch).query().listOfRows();
        int deltas = 0;
        List<LikesReceived> received = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            deltas = ((Number) row.get("folded")).intValue();
            Object owner = row.get("owner_id");
            long likes = ((Number) row.get("likes")).longValue();
            long publicLikes = ((Number) row.get("public_likes")).longValue();
            if (owner != null && (likes != 0 || publicLikes != 0)) {
                received.add(new LikesReceived(new UserId(((Number) owner).longValue()), likes, publicLikes));
            }
        }
        return new Folded(deltas, received);
    }
}
