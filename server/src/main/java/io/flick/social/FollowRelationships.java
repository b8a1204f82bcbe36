package io.flick.social;

import org.springframework.stereotype.Component;

import io.flick.account.Relationship;
import io.flick.account.Relationships;
import io.flick.shared.UserId;

@Component
class FollowRelationships implements Relationships {

    private final StoredFollows follows;

    FollowRelationships(StoredFollows follows) {
        this.follows = follows;
    }

    @Override
    public Relationship between(UserId viewer, UserId owner) {
        boolean following = follows.follows(viewer, owner);
        boolean followed = follows.follows(owner, viewer);
        if (following) {
            return followed ? Relationship.FRIENDS : Relationship.FOLLOWING;
        }
        // A pending request says more about the viewer's button than the owner following them.
        if (follows.requested(viewer, owner)) {
            return Relationship.REQUESTED;
        }
        return followed ? Relationship.FOLLOWS_YOU : Relationship.NONE;
    }
}
