package io.flick.video;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.flick.shared.Viewer;
import io.flick.shared.VideoId;

/**
 * Engagement figures for video cards. Implemented by the engagement module (which depends on
 * videos, so videos ask through this interface rather than depending back).
 */
public interface VideoStats {

    Map<VideoId, Counts> counts(Collection<VideoId> videos);

    /** What {@code viewer} did to each video; empty viewer: nothing. */
    Map<VideoId, Mine> mine(Viewer viewer, Collection<VideoId> videos);

    /**
     * The view counts of groups of videos, summed per group in one query (every public video of each
     * of a page's hashtags, say); a group whose videos have no views sums to 0.
     */
    <K> Map<K, Long> totalViews(Map<K, ? extends Collection<VideoId>> groups);

    /**
     * Of {@code candidates}, at most {@code limit} in order of {@link Engaged#score} (highest first,
     * then the newer id), strictly after {@code after} (null: from the top), in one query. The order
     * is total, so a cursor made of a video's (score, id) walks every candidate once while the
     * counters stand still.
     */
    List<Engaged> byEngagement(Collection<VideoId> candidates, Engaged after, int limit);

    /**
     * A video's engagement as "top" lists order it, from its folded counters: views 1, likes and
     * comments 10, saves 20, shares 50 (what a viewer did beyond watching counts more, spreading it most).
     */
    record Engaged(VideoId video, long score) {
    }

    /**
     * Drops a deleted video's counters and its deltas not folded yet, in the caller's transaction,
     * and answers the counts as they were folded: those are what the owner's profile counted, so the
     * deleting transaction takes exactly those off it (a fold running at the same moment finishes
     * first, and none comes after).
     */
    Counts forget(VideoId video);

    record Counts(long views, long likes, long comments, long shares, long saves) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    record Mine(boolean hasLiked, boolean hasSaved) {

        public static final Mine NOTHING = new Mine(false, false);
    }
}
