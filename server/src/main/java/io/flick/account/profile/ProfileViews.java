package io.flick.account.profile;

import org.springframework.stereotype.Component;


import io.flick.account.Relationship;
import io.flick.account.Relationships;
import io.flick.account.user.UserRow;
import io.flick.platform.BlobStorage;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/** Turns user rows into what the API shows: public to everyone, private parts to the owner only. */
@Component
public class ProfileViews {

    private final BlobStorage storage;
    private final Relationships relationships;

    ProfileViews(BlobStorage storage, Relationships relationships) {
        this.storage = storage;
        this.relationships = relationships;
    }

    /** As an anonymous visitor sees the user. */
    public ProfileView forPublic(UserRow user) {
        return view(user, false, Relationship.NONE);
    }

    /** As {@code viewer} sees the user: with how they stand towards each other. */
    public ProfileView forViewer(UserRow user, Viewer viewer) {
        return switch (viewer) {
            case Viewer.Anonymous anonymous -> forPublic(user);
            case Viewer.Member(UserId me) when me.equals(user.id()) -> forOwner(user);
            case Viewer.Member(UserId me) -> view(user, false, relationships.between(me, user.id()));
        };
    }

    public ProfileView forOwner(UserRow user) {
        return view(user, true, Relationship.SELF);
    }

    String avatarUrl(String avatarKey) {
        return avatarKey == null ? null : storage.url(avatarKey);
    }

    /**
     * The owner sees the counts of all their videos; everyone else (friends and followers too) those of
     * their public videos only, so a count never reveals friends-only or private videos. Both are kept
     * as counters on the user's row when videos are published and likes folded: no query per view, and
     * no per-viewer count (which would cost a count over the videos on every profile view).
     */
    private ProfileView view(UserRow user, boolean owner, Relationship relationship) {
        return new ProfileView(user.id(), user.username(), user.displayName(), user.bio(), avatarUrl(user.avatarKey()),
                user.verified(), user.privateAccount(), user.followerCount(), user.followingCount(),
                owner ? user.likesCount() : user.publicLikesCount(), owner ? user.videoCount() : user.publicVideoCount(),
                user.createdAt(), owner ? user.email() : null, owner ? user.phone() : null,
                user.likedVideosPublic(), relationship.code());
    }
}
