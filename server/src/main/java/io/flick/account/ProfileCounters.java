package io.flick.account;

import io.flick.shared.UserId;

/**
 * The counts a profile shows, kept by the modules that own what is counted (the follow graph,
 * videos, likes), in the caller's transaction so a count never disagrees with its rows for long.
 */
public interface ProfileCounters {

    /** {@code follower} started ({@code +1}) or stopped ({@code -1}) following {@code followee}. */
    void follows(UserId follower, UserId followee, int delta);

    /**
     * {@code creator} published ({@code +1}) or removed ({@code -1}) a video; {@code publicVideo}: one
     * everyone may see (privacy public), which also counts in what others see of the profile.
     */
    void videos(UserId creator, boolean publicVideo, int delta);

    /**
     * {@code creator}'s videos received {@code delta} likes (net, folded in batches), {@code publicDelta}
     * of them on public videos.
     */
    void likesReceived(UserId creator, long delta, long publicDelta);
}
