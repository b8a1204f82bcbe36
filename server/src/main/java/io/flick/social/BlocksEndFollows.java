package io.flick.social;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.flick.account.UserBlocked;

/** A block ends the follows and requests between the two accounts, in both directions. */
@Component
class BlocksEndFollows {

    private final FollowUser follows;

    BlocksEndFollows(FollowUser follows) {
        this.follows = follows;
    }

    @ApplicationModuleListener
    void on(UserBlocked event) {
        follows.sever(event.blocker(), event.blocked());
    }
}
