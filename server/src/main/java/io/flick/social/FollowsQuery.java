package io.flick.social;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.flick.shared.UserId;

@Component
class FollowsQuery implements Follows {

    private final FollowGraph graph;

    FollowsQuery(FollowGraph graph) {
        this.graph = graph;
    }

    @Override
    public boolean follows(UserId follower, UserId followee) {
        return graph.follows(follower, followee);
    }

    @Override
    public boolean areFriends(UserId one, UserId other) {
        return graph.follows(one, other) && graph.follows(other, one);
    }

    @Override
    public Set<UserId> followedAmong(UserId viewer, Collection<UserId> others) {
        return graph.followedAmong(viewer, others);
    }

    @Override
    public Set<UserId> followersAmong(UserId viewer, Collection<UserId> others) {
        return graph.followersAmong(viewer, others);
    }
}
