package io.flick.video;

import java.util.Collection;
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
