package io.flick.account.profile;

import org.springframework.stereotype.Component;

import io.flick.account.ProfileCounters;
import io.flick.account.user.Users;
import io.flick.shared.UserId;

@Component
class ProfileCounting implements ProfileCounters {

    private final Users users;

    ProfileCounting(Users users) {
        this.users = users;
    }

    @Override
    public void follows(UserId follower, UserId followee, int delta) {
        users.adjustFollowCounts(follower, followee, delta);
    }

    @Override
    public void videos(UserId creator, boolean publicVideo, int delta) {
        users.adjustCount(creator, "video_count", delta);
        if (publicVideo) {
            users.adjustCount(creator, "public_video_count", delta);
        }
    }

    @Override
    public void likesReceived(UserId creator, long delta, long publicDelta) {
        users.adjustCount(creator, "likes_count", delta);
        if (publicDelta != 0) {
            users.adjustCount(creator, "public_likes_count", publicDelta);
        }
    }
}
