package io.flick.account.block;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.account.AccountProblem;
import io.flick.account.UserBlocked;
import io.flick.account.UserUnblocked;
import io.flick.account.profile.ProfileViews;
import io.flick.account.user.UserRow;
import io.flick.account.user.Users;
import io.flick.platform.CurrentUser;
import io.flick.shared.FlickException;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.UserId;

@RestController
class BlockController {

    private final StoredBlocks blocks;
    private final Users users;
    private final ProfileViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BlockController(StoredBlocks blocks, Users users, ProfileViews views, ApplicationEventPublisher events, Clock clock) {
        this.blocks = blocks;
        this.users = users;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** Idempotent: blocking someone already blocked changes nothing and answers the same. */
    @PostMapping("/api/v1/users/{userId}/block")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    public void block(@CurrentUser UserId me, @PathVariable String userId) {
        UserId target = UserId.parse(userId);
        if (target.equals(me)) {
            throw new FlickException(AccountProblem.CANNOT_BLOCK_SELF, "You cannot block yourself.");
        }
        if (users.byId(target).isEmpty()) {
            throw new FlickException(AccountProblem.USER_NOT_FOUND, "There is no such user.");
        }
        if (blocks.add(me, target, clock.instant())) {
            events.publishEvent(new UserBlocked(me, target));
        }
    }

    @DeleteMapping("/api/v1/users/{userId}/block")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    public void unblock(@CurrentUser UserId me, @PathVariable String userId) {
        UserId target = UserId.parse(userId);
        if (blocks.remove(me, target)) {
            events.publishEvent(new UserUnblocked(me, target));
        }
    }

    @GetMapping("/api/v1/users/me/blocks")
    BlockedUsers list(@CurrentUser UserId me, @RequestParam(required = false) Integer limit,
                      @RequestParam(required = false) String cursor) {
        PageRequest request = PageRequest.of(limit, cursor, "blocks:" + me);
        Slice<StoredBlocks.Entry> page = blocks.page(me, request);
        Map<UserId, UserRow> profiles = users.byIds(page.items().stream().map(StoredBlocks.Entry::blocked).toList())
                .stream().collect(Collectors.toMap(UserRow::id, Function.identity()));
        List<BlockedUser> items = page.items().stream()
                .filter(entry -> profiles.containsKey(entry.blocked()))
                .map(entry -> {
                    UserRow user = profiles.get(entry.blocked());
                    return new BlockedUser(user.id(), user.username(), user.displayName(),
                            views.forPublic(user).avatarUrl(), entry.blockedAt());
                })
                .toList();
        return new BlockedUsers(items, page.nextCursor());
    }

    record BlockedUser(UserId userId, String username, String displayName, String avatarUrl, Instant blockedAt) {
    }

    record BlockedUsers(List<BlockedUser> users, String nextCursor) {
    }
}
