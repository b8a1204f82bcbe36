package io.flick.social;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.flick.shared.UserId;

@Component
class FollowsQuery implements Follows {

    private final StoredFollows follows;

    FollowsQuery(StoredFollows follows) {
        this.follows = follows;
    }

    @Override
    public boolean follows(UserId follower, UserId followee) {
        return follows.follows(follower, followee);
    }

    @Override
    public boolean areFriends(UserId one, UserId other) {
        return follows.follows(one, other) && follows.follows(other, one);
    }

    @Override
    public Set<UserId> followedAmong(UserId viewer, Collection<UserId> others) {
        return follows.followedAmong(viewer, others);
    }

    @Override
    public Set<UserId> followersAmong(UserId viewer, Collection<UserId> others) {
        return follows.followersAmong(viewer, others);
    }
}
