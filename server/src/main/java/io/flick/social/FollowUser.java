package io.flick.social;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.account.AccountProblem;
import io.flick.account.Blocks;
import io.flick.account.ProfileCounters;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/**
 * Following, unfollowing and answering follow requests. Following a private account asks its
 * owner first; a block in either direction makes the other account unreachable (404, as for a
 * profile). Counts on both profiles move in the same transaction as the follow itself.
 */
@Service
class FollowUser {

    private final StoredFollows follows;
    private final UserDirectory users;
    private final Blocks blocks;
    private final ProfileCounters counters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUser(StoredFollows follows, UserDirectory users, Blocks blocks, ProfileCounters counters,
               ApplicationEventPublisher events, Clock clock) {
        this.follows = follows;
        this.users = users;
        this.blocks = blocks;
        this.counters = counters;
        this.events = events;
        this.clock = clock;
    }

    enum Outcome {
        FOLLOWING, REQUESTED
    }

    @Transactional
    Outcome follow(UserId me, UserId target) {
        if (me.equals(target)) {
            throw new FlickException(Problem.VALIDATION_FAILED, "You cannot follow yourself.");
        }
        UserSummary account = reachable(me, target);
        if (follows.follows(me, target)) {
            return Outcome.FOLLOWING;
        }
        if (account.isPrivate()) {
            if (follows.request(me, target, clock.instant())) {
                events.publishEvent(new FollowRequested(me, target));
            }
            return Outcome.REQUESTED;
        }
        start(me, target);
        return Outcome.FOLLOWING;
    }

    /** Unfollows, or withdraws a pending request; doing nothing is fine too. */
    @Transactional
    void unfollow(UserId me, UserId target) {
        follows.withdraw(me, target);
        end(me, target);
    }

    @Transactional
    void approve(UserId me, UserId requester) {
        if (!follows.withdraw(requester, me)) {
            throw new FlickException(Problem.NOT_FOUND, "There is no such follow request.");
        }
        start(requester, me);
    }

    @Transactional
    void deny(UserId me, UserId requester) {
        if (!follows.withdraw(requester, me)) {
            throw new FlickException(Problem.NOT_FOUND, "There is no such follow request.");
        }
    }

    /** An account turned public: whoever asked to follow it now follows it, as on TikTok. */
    @Transactional
    void approveAll(UserId target) {
        for (UserId requester : follows.takeRequests(target)) {
            if (!blocks.eitherBlocks(requester, target)) {
                start(requester, target);
            }
        }
    }

    /** A block ends everything between the two accounts, both ways. */
    @Transactional
    void sever(UserId one, UserId other) {
        follows.withdraw(one, other);
        follows.withdraw(other, one);
        end(one, other);
        end(other, one);
    }

    UserSummary reachable(UserId me, UserId target) {
        return users.visibleTo(target, Viewer.member(me))
                .orElseThrow(() -> new FlickException(AccountProblem.USER_NOT_FOUND, "There is no such user."));
    }

    private void start(UserId follower, UserId followee) {
        if (follows.follow(follower, followee, clock.instant())) {
            counters.follows(follower, followee, +1);
            events.publishEvent(new UserFollowed(follower, followee));
        }
    }

    private void end(UserId follower, UserId followee) {
        if (follows.unfollow(follower, followee)) {
            counters.follows(follower, followee, -1);
            events.publishEvent(new UserUnfollowed(follower, followee));
        }
    }
}
