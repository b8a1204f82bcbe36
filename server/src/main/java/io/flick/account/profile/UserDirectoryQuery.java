package io.flick.account.profile;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.account.user.UserRow;
import io.flick.account.user.Users;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

@Component
class UserDirectoryQuery implements UserDirectory {

    private final Users users;
    private final ProfileViews views;
    private final Blocks blocks;

    UserDirectoryQuery(Users users, ProfileViews views, Blocks blocks) {
        this.users = users;
        this.views = views;
        this.blocks = blocks;
    }

    @Override
    public Optional<UserSummary> visibleTo(UserId user, Viewer viewer) {
        return find(user).filter(found -> !(viewer instanceof Viewer.Member(UserId me)) || me.equals(user)
                || !blocks.eitherBlocks(me, user));
    }

    @Override
    public Optional<UserSummary> find(UserId user) {
        return users.byId(user).map(this::summary);
    }

    @Override
    public Map<UserId, UserSummary> find(Collection<UserId> ids) {
        return users.byIds(ids).stream().map(this::summary)
                .collect(Collectors.toMap(UserSummary::userId, Function.identity()));
    }

    @Override
    public Map<UserId, Instant> joinedAt(Collection<UserId> ids) {
        return users.byIds(ids).stream().collect(Collectors.toMap(UserRow::id, UserRow::createdAt));
    }

    @Override
    public java.util.List<UserSummary> all(UserId after, int limit) {
        return users.after(after, limit).stream().map(this::summary).toList();
    }

    @Override
    public Optional<UserSummary> byUsername(String username) {
        String name = username.startsWith("@") ? username.substring(1) : username;
        return users.byUsername(name).map(this::summary);
    }

    private UserSummary summary(UserRow user) {
        return new UserSummary(user.id(), user.username(), user.displayName(), views.avatarUrl(user.avatarKey()),
                user.verified(), user.privateAccount(), user.followerCount(), user.likedVideosPublic());
    }
}
