package io.flick.social;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.flick.account.AccountPrivacyChanged;
import io.flick.account.UserBlocked;

/** Account events that change the follow graph: blocks end follows; turning public approves requests. */
@Component
class AccountChangesToFollows {

    private final FollowUser follows;

    AccountChangesToFollows(FollowUser follows) {
        this.follows = follows;
    }

    @ApplicationModuleListener
    void on(UserBlocked event) {
        follows.sever(event.blocker(), event.blocked());
    }

    /** Turning an account public approves its pending follow requests. */
    @ApplicationModuleListener
    void on(AccountPrivacyChanged event) {
        if (!event.isPrivate()) {
            follows.approveAll(event.user());
        }
    }
}
