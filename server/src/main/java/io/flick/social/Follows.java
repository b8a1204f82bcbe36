package io.flick.social;

import java.util.Collection;
import java.util.Set;

import io.flick.shared.UserId;

/** Who follows whom, for modules that decide what one user may see of another's. */
public interface Follows {

    boolean follows(UserId follower, UserId followee);

    /** Mutual follows. */
    boolean areFriends(UserId one, UserId other);

    /** Of {@code others}, those {@code viewer} follows: one query for a whole page of creators. */
    Set<UserId> followedAmong(UserId viewer, Collection<UserId> others);

    /** Of {@code others}, those who follow {@code viewer}: one query for a whole page of creators. */
    Set<UserId> followersAmong(UserId viewer, Collection<UserId> others);
}
