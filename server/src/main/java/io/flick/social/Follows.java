package io.flick.social;

import io.flick.shared.UserId;

/** Who follows whom, for modules that decide what one user may see of another's. */
public interface Follows {

    boolean follows(UserId follower, UserId followee);

    /** Mutual follows. */
    boolean areFriends(UserId one, UserId other);
}
