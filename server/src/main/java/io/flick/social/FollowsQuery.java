package io.flick.social;

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
}
