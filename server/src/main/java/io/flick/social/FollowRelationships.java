package io.flick.social;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.flick.account.Relationship;
import io.flick.account.Relationships;
import io.flick.shared.UserId;

/** How a viewer stands towards others: the one rule, for a profile and for a whole list of people. */
@Component
class FollowRelationships implements Relationships {

    private final StoredFollows follows;

    FollowRelationships(StoredFollows follows) {
        this.follows = follows;
    }

    @Override
    public Relationship between(UserId viewer, UserId owner) {
        return among(viewer, Set.of(owner)).get(owner);
    }

    /**
     * How {@code viewer} stands towards each of {@code others} ({@link Relationship#SELF} for the
     * viewer among them), in three queries whatever their number.
     */
    @Override
    public Map<UserId, Relationship> among(UserId viewer, Collection<UserId> others) {
        Set<UserId> following = follows.followedAmong(viewer, others);
        Set<UserId> followers = follows.followersAmong(viewer, others);
        Set<UserId> requested = follows.requestedAmong(viewer, others);
        Map<UserId, Relationship> relationships = new HashMap<>();
        for (UserId other : others) {
            relationships.put(other, relationship(viewer.equals(other), following.contains(other),
                    followers.contains(other), requested.contains(other)));
        }
        return relationships;
    }

    private static Relationship relationship(boolean self, boolean following, boolean followed, boolean requested) {
        if (self) {
            return Relationship.SELF;
        }
        if (following) {
            return followed ? Relationship.FRIENDS : Relationship.FOLLOWING;
        }
        // A pending request says more about the viewer's button than the owner following them.
        if (requested) {
            return Relationship.REQUESTED;
        }
        return followed ? Relationship.FOLLOWS_YOU : Relationship.NONE;
    }
}
