package io.flick.account.profile;

import org.springframework.stereotype.Component;

import io.flick.account.user.UserRow;
import io.flick.platform.BlobStorage;

/** Turns user rows into what the API shows: public to everyone, private parts to the owner only. */
@Component
public class ProfileViews {

    private final BlobStorage storage;

    ProfileViews(BlobStorage storage) {
        this.storage = storage;
    }

    public ProfileView forPublic(UserRow user) {
        return view(user, false);
    }

    public ProfileView forOwner(UserRow user) {
        return view(user, true);
    }

    String avatarUrl(String avatarKey) {
        return avatarKey == null ? null : storage.url(avatarKey);
    }

    private ProfileView view(UserRow user, boolean owner) {
        return new ProfileView(user.id(), user.username(), user.displayName(), user.bio(), avatarUrl(user.avatarKey()),
                user.verified(), user.privateAccount(), user.followerCount(), user.followingCount(), user.likesCount(),
                user.videoCount(), user.createdAt(), owner ? user.email() : null, owner ? user.phone() : null,
                user.likedVideosPublic());
    }
}
