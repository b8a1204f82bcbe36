package io.flick.social;

import org.springframework.stereotype.Component;

import io.flick.account.Relationship;
import io.flick.account.Relationships;
import io.flick.shared.UserId;

@Component
class FollowRelationships implements Relationships {

    private final FollowGraph graph;

    FollowRelationships(FollowGraph graph) {
        this.graph = graph;
    }

    @Override
    public Relationship between(UserId viewer, UserId owner) {
        boolean following = graph.follows(viewer, owner);
        boolean followed = graph.follows(owner, viewer);
        if (following) {
            return followed ? Relationship.FRIENDS : Relationship.FOLLOWING;
        }
        // A pending request says more about the viewer's button than the owner following them.
        if (graph.requested(viewer, owner)) {
            return Relationship.REQUESTED;
        }
        return followed ? Relationship.FOLLOWS_YOU : Relationship.NONE;
    }
}
