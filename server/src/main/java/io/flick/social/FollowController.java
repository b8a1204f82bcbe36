package io.flick.social;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.account.AccountProblem;
import io.flick.account.Blocks;
import io.flick.account.Relationship;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.platform.CurrentUser;
import io.flick.shared.FlickException;
import io.flick.shared.PageRequest;
import io.flick.shared.Problem;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/** Seed 001's social API: follow, unfollow, follow requests, followers, following and friends lists. */
@RestController
class FollowController {

    private final FollowUser follow;
    private final StoredFollows follows;
    private final UserDirectory users;
    private final Blocks blocks;
    private final FollowRelationships relationships;

    FollowController(FollowUser follow, StoredFollows follows, UserDirectory users, Blocks blocks,
                     FollowRelationships relationships) {
        this.follow = follow;
        this.follows = follows;
        this.users = users;
        this.blocks = blocks;
        this.relationships = relationships;
    }

    @PostMapping("/api/v1/users/{userId}/follow")
    FollowStatus follow(@CurrentUser UserId me, @PathVariable String userId) {
        return new FollowStatus(follow.follow(me, UserId.parse(userId)) == FollowUser.Outcome.FOLLOWING
                ? "following" : "requested");
    }

    @DeleteMapping({"/api/v1/users/{userId}/unfollow", "/api/v1/users/{userId}/follow"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfollow(@CurrentUser UserId me, @PathVariable String userId) {
        follow.unfollow(me, UserId.parse(userId));
    }

    @GetMapping("/api/v1/users/me/follow-requests")
    People requests(@CurrentUser UserId me, @RequestParam(required = false) Integer limit,
                    @RequestParam(required = false) String cursor) {
        return page(PageRequest.of(limit, cursor, "follow-requests:" + me), Viewer.member(me), request -> follows.requests(me, request));
    }

    @PostMapping("/api/v1/users/me/follow-requests/{userId}/approve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approve(@CurrentUser UserId me, @PathVariable String userId) {
        follow.approve(me, UserId.parse(userId));
    }

    @PostMapping("/api/v1/users/me/follow-requests/{userId}/deny")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deny(@CurrentUser UserId me, @PathVariable String userId) {
        follow.deny(me, UserId.parse(userId));
    }

    @GetMapping("/api/v1/users/{userId}/followers")
    People followers(@PathVariable String userId, @CurrentUser Viewer viewer,
                     @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return list(userId, viewer, PageRequest.of(limit, cursor, "followers:" + UserId.parse(userId)), follows::followers);
    }

    @GetMapping("/api/v1/users/{userId}/following")
    People following(@PathVariable String userId, @CurrentUser Viewer viewer,
                     @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return list(userId, viewer, PageRequest.of(limit, cursor, "following:" + UserId.parse(userId)), follows::following);
    }

    @GetMapping("/api/v1/users/{userId}/friends")
    People friends(@PathVariable String userId, @CurrentUser Viewer viewer,
                   @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return list(userId, viewer, PageRequest.of(limit, cursor, "friends:" + UserId.parse(userId)), follows::friends);
    }

    /**
     * A private account's lists are for its owner and approved followers; a blocked viewer does not
     * see the account at all. In anyone's lists a viewer never sees the people on either side of a
     * block with them (as on TikTok and Instagram, where who blocked you, or whom you blocked, is not
     * found anywhere, other people's lists included): left out by the query, so pages stay full.
     */
    private People list(String userId, Viewer viewer, PageRequest request, EdgeQuery query) {
        UserId owner = UserId.parse(userId);
        UserSummary account = users.visibleTo(owner, viewer)
                .orElseThrow(() -> new FlickException(AccountProblem.USER_NOT_FOUND, "There is no such user."));
        boolean allowed = !account.isPrivate() || viewer.signedIn().filter(me -> me.equals(owner) || follows.follows(me, owner)).isPresent();
        if (!allowed) {
            throw new FlickException(Problem.FORBIDDEN, "This account is private.");
        }
        Set<UserId> hidden = viewer.signedIn().map(blocks::hiddenFrom).orElse(Set.of());
        return page(request, viewer, page -> query.edges(owner, page, hidden));
    }

    @FunctionalInterface
    private interface EdgeQuery {
        Slice<StoredFollows.Edge> edges(UserId owner, PageRequest page, Set<UserId> hidden);
    }

    /**
     * A page of people with how the viewer stands towards each (for their follow buttons, with no
     * request per person): a fixed number of queries whatever the page's size.
     */
    private People page(PageRequest request, Viewer viewer,
                        java.util.function.Function<PageRequest, Slice<StoredFollows.Edge>> query) {
        Slice<StoredFollows.Edge> slice = query.apply(request);
        List<UserId> others = slice.items().stream().map(StoredFollows.Edge::other).toList();
        Map<UserId, UserSummary> people = users.find(others);
        Map<UserId, Relationship> relations = viewer.signedIn().map(me -> relationships.among(me, others)).orElse(Map.of());
        List<Person> items = slice.items().stream()
                .map(edge -> Optional.ofNullable(people.get(edge.other())).map(user -> new Person(user, edge.since(),
                        Optional.ofNullable(relations.get(edge.other())).map(Relationship::code).orElse(null))).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        return new People(items, slice.nextCursor());
    }

    record FollowStatus(String status) {
    }

    /** @param relationship how the viewer stands towards this person, as a profile says it; absent for a visitor */
    record Person(UserSummary user, Instant since, String relationship) {
    }

    record People(List<Person> users, String nextCursor) {
    }
}
